# Un été en coop — messages of save (English). Read by src/i18n.rs.

# src/save.rs
save-in-animateur-mode-no-player-holds = in animateur mode no player holds a cooperant seat, found { $seats }
save-in-cooperative-mode-a-policy-holds = in cooperative mode a policy holds the animateurs' seat and players hold cooperant seats
save-seat-the-coop-has-cooperants-seats = seat { $s }: the coop has { $n } cooperants (seats 0 to { $last })
save-seat-written-twice = seat { $s } written twice
save-decision-a-vote-of-cooperant-whose = decision { $i }: a vote of cooperant { $m }, whose seat no player holds
save-decision-cooperant-votes-twice = decision { $i }: cooperant { $m } votes twice (one ballot per seat and decision)
save-a-save-of-an-earlier-version = a save of an earlier version of the model (v{ $version }): its decisions would replay another summer; start a new game
save-not-a-save-of-this-version = not a save of this version (format { $format } v{ $version })
save-the-saves-scenario-was-altered-hash = the save's scenario was altered (hash differs)
save-decision-of-the-save-is-invalid = decision { $i } of the save is invalid: { $why }
save-this-is-a-folder-not-a = this is a folder, not a save or a journal
save-unreadable-file-or-of-another-format = unreadable file, or of another format: { $why }
save-unknown-field-this-journal-is-not = unknown field `{ $field }`: this journal is not of this version, or was edited
save-a-poll-of-decision-that-the = a poll of decision { $d }, which the summer does not have or which comes twice or out of order: this journal was edited
save-not-a-journal-of-this-version = not a journal of this version (format { $jf } v{ $version })
save-unknown-policy-expected-one-of = unknown policy "{ $p }": expected one of { $all }
save-the-journal-says-the-animateurs-followed = the journal says the animateurs followed the policy "{ $name }", but its decisions are not that policy's (was the file edited?)
save-entries = entries
save-weeks = weeks
save-summary = summary
save-unfinished = the mark "unfinished" (the summer is over)
save-the-journal-does-not-match-the-replay = the journal does not match the replay of its decisions ({ $part }): was the file edited?
save-this-is-a-folder-not-a-2 = this is a folder, not a file
save-the-file-is-read-only-it = the file is read-only: it is not replaced
save-this-is-not-a-regular-file = this is not a regular file
save-this-path-does-not-name-a = this path does not name a file
save-folder-not-found = folder not found
save-permission-denied = permission denied
save-no-space-left-on-the-disk = no space left on the disk
save-read-only-file-system = read-only file system
save-a-part-of-the-path-is = a part of the path is not a folder
save-cannot-write = cannot write
save-write-error = { $what } ({ $error })

# src/sim/season/mod.rs
input-the-summer-is-over-no-decision = the summer is over: no decision is due
input-no-option-in-this-decision = no option { $o } in this decision
input-deciding-or-suggesting-needs-an-option = deciding or suggesting needs an option
input-no-cooperant = no cooperant { $m }

# src/save/history.rs: one's own earlier summers
save-history-of-another-version = a history of another format or version ({ $format } v{ $version })
save-history-unreadable = unreadable: { $why }
save-history-set-aside = the history of earlier summers { $file } could not be read ({ $why }): it was set aside as { $to }, and a new history begins
save-history-cannot-be-set-aside = the history of earlier summers { $file } can neither be read nor set aside ({ $why }): it is left as it is and nothing is recorded
