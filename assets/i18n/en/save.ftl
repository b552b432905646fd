# Un été en coop — messages of save (English). Read by src/i18n.rs.

# src/save.rs
save-animateur-mode-with-seats = in animateur mode no player holds a cooperant seat, found { $seats }
save-cooperative-mode-bad-seats = in cooperative mode a policy holds the animateurs' seat, and this file names none
save-seat-out-of-range = seat { $s }: the coop has { $n } cooperants (seats 0 to { $last })
save-seat-written-twice = seat { $s } written twice
save-vote-of-unheld-seat = decision { $i }: a vote of cooperant { $m }, whose seat no player holds
save-decision-cooperant-votes-twice = decision { $i }: cooperant { $m } votes twice (one ballot per seat and decision)
save-earlier-model-version = a save of an earlier version of the model (v{ $version }): its decisions would replay another summer; start a new game
save-wrong-format = not a save of this version (format { $format } v{ $version })
save-scenario-altered = the save's scenario was altered (hash differs)
save-invalid-decision = decision { $i } of the save is invalid: { $why }
save-source-is-a-folder = this is a folder, not a save or a journal
save-unreadable = unreadable file, or of another format: { $why }
save-journal-unknown-field = unknown field `{ $field }`: this journal is not of this version, or was edited
save-journal-stray-poll = a poll of decision { $d }, which the summer does not have or which comes twice or out of order: this journal was edited
save-journal-wrong-format = not a journal of this version (format { $jf } v{ $version })
save-unknown-policy = unknown policy "{ $p }": expected one of { $all }
save-journal-policy-mismatch = the journal says the animateurs followed the policy "{ $name }", but its decisions are not that policy's (was the file edited?)
save-entries = entries
save-weeks = weeks
save-summary = summary
save-unfinished = the mark "unfinished" (the summer is over)
save-journal-replay-mismatch = the journal does not match the replay of its decisions ({ $part }): was the file edited?
save-journal-is-run-output = this is what `cjs run --json` prints, not a journal: `cjs run SCENARIO --journal FILE` writes the journal of a summer
save-target-is-a-folder = this is a folder, not a file
save-target-read-only = the file is read-only: it is not replaced
save-target-not-a-file = this is not a regular file
save-target-no-name = this path does not name a file
save-folder-not-found = folder not found
save-permission-denied = permission denied
save-disk-full = no space left on the disk
save-read-only-file-system = read-only file system
save-path-not-a-folder = a part of the path is not a folder
save-cannot-write = cannot write
save-write-error = { $what } ({ $error })

# src/sim/season/mod.rs
input-summer-over = the summer is over: no decision is due
input-no-such-option = no option { $o } in this decision
input-option-needed = deciding or suggesting needs an option
input-no-cooperant = no cooperant { $m }

# src/save/history.rs: one's own earlier summers
save-history-of-another-version = a history of another format or version ({ $format } v{ $version })
save-history-unreadable = unreadable: { $why }
save-history-set-aside = the history of earlier summers { $file } could not be read ({ $why }): it was set aside as { $to }, and a new history begins
save-history-left-as-is = the history of earlier summers { $file } can neither be read nor set aside ({ $why }): it is left as it is and nothing is recorded
