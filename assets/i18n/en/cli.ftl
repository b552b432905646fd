# Un été en coop — the command line: help texts and messages (English). Read by src/i18n.rs.
