# Un été en coop — the command line: help texts and messages (French). Read by src/i18n.rs.
