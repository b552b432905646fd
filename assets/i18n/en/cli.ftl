# Un été en coop — the command line: help texts and messages (English). Read by src/i18n.rs.

# src/cli/args.rs
cli-commands = Commands
cli-print-this-help = print this help
cli-print-the-version = print the version
cli-random-seed = random seed
cli-the-animateurs-policy = the animateurs' policy
cli-path-of-a-ron-file-or = path of a .ron file or id of a shipped scenario
cli-print-a-json-object = print a JSON object
cli-about = Un été en coop: a training game and simulator for animateurs of youth service cooperatives (CJS)
cli-language-of-the-messages-default-the = language of the messages (default: the system's)
cli-open-the-game-the-default = open the game (the default)
cli-play-mode = play mode
cli-resume-a-save = resume a save
cli-a-policy-plays-by-itself-demos = a policy plays by itself (demos, screenshots)
cli-open-a-room-phones-vote-cooperative = open a room: phones vote on the options (cooperative mode) or answer the posture poll (animateur mode); see docs/room.md
cli-the-rooms-tcp-port-0-any = the room's TCP port (0: any free port)
cli-the-rooms-address-to-listen-on = the room's address to listen on (default 0.0.0.0: the classroom's Wi-Fi)
cli-list-the-shipped-scenarios = list the shipped scenarios
cli-validate-scenario-files = validate scenario files
cli-ron-files = .ron files
cli-play-one-summer-with-a-policy = play one summer with a policy and print its outcome
cli-write-the-summers-journal-json = write the summer's journal (JSON)
cli-tell-the-summer-decision-by-decision = tell the summer decision by decision, with why each score moved
cli-play-many-summers-and-summarise-the = play many summers and summarise the results
cli-seeds-e-g-1-100 = seeds, e.g. 1..100
cli-one-row-per-seed-in-a = one row per seed in a CSV file
cli-number-of-threads-default-all-cores = number of threads (default: all cores)
cli-every-policy-side-by-side-over = every policy side by side over many summers
cli-seeds-e-g-1-200 = seeds, e.g. 1..200
cli-make-the-debrief-of-a-journal = make the debrief of a journal, or of several (the class debrief): HTML, Markdown or CSV
cli-file-written-by-cjs-run-journal = file written by `cjs run --journal`, `cjs room --journal` or by the game; several: the class debrief
cli-file-html-md-or-csv = FILE.html, .md or .csv
cli-a-second-journal-to-put-side = a second journal to put side by side (HTML only)

# src/cli/batch.rs
cli-mean = mean
cli-sd = sd
cli-support = Support
cli-autonomy = Autonomy
cli-revenue = Revenue
cli-pay-member = Pay/member

# src/cli/mod.rs
cli-unknown-command = unknown command
cli-error = error:{" "}
cli-cannot-write-to-the-standard-output = cannot write to the standard output

# src/cli/room.rs
cli-open-a-room-phones-vote-over = open a room: phones vote over the local network (cooperative mode, without the game)
cli-address-to-listen-on-127-0 = address to listen on: 127.0.0.1 (this machine only), the machine's address on the Wi-Fi, or 0.0.0.0 (all)
cli-the-rooms-code-6-characters-default = the room's code, 6 characters (default: drawn at random)
cli-settle-a-decision-after-this-delay = settle a decision after this delay even if some seats have not voted (their agents vote); default: wait for every seat a phone holds
cli-requests-per-second-allowed-from-one = requests per second allowed from one address (bursts: three times as many)
cli-at-each-decision-ask-the-phones = at each decision, ask the phones which posture they would take (the poll advises, the policy decides)
cli-write-the-summers-journal-json-as = write the summer's journal (JSON, as `cjs run --journal`)
cli-cannot-write = cannot write

# src/cli/scenarios.rs
cli-weeks = weeks
cli-level = level
cli-title = title
cli-valid = valid

# src/cli/batch.rs
cli-seeds-expects-a-b-with-a = --seeds expects A..B with A ≤ B, found `{ $s }`
cli-seeds-at-most-summers-in-one = --seeds: at most { $max_seeds } summers in one batch, `{ $s }` asks for { $a }
cli-compare-at-most-summers-in-all = --seeds: at most { $max_seeds } summers in all, `{ $s }` for { $policies } policies asks for { $n }
cli-threads-expects-a-number-from-1 = --threads expects a number from 1 to { $max_threads }, found `{ $s }`
cli-summers-policy = { $title } — { $runs } summers, policy "{ $policy }"{"\u000A"}
cli-seeds-to-every-policy = { $title } — seeds { $from } to { $to }, every policy{"\u000A"}

# src/cli/mod.rs
cli-would-overwrite-the-file-it-reads = { $output }: { $flag } would overwrite the file it reads, `{ $input }`: choose another file

# src/cli/play.rs
cli-cannot-open-the-game-window-no = cannot open the game window: no graphical display (DISPLAY or WAYLAND_DISPLAY). Without a screen, run it under Xvfb (see README) or use `cjs run`.
cli-this-program-was-built-without-the = this program was built without the game (feature `game`): use `cjs run` or rebuild with `cargo build --release`

# src/cli/report.rs
cli-compare-puts-two-summers-side-by = --compare puts two summers side by side in an HTML report: `{ $out }` is not an .html
cli-out-must-end-in-html-md = --out must end in .html, .md or .csv: `{ $out }`

# src/cli/room.rs
cli-code-expects-6-characters-among-az = --code expects 6 characters among A–Z (no I or O) and 2–9, found `{ $c }`
cli-host-name-expects = --host-name `{ $name }`: a host name expected, of letters, digits, hyphens and dots (e.g. salle-b.local)
cli-host-name-help = a name the phones may open the room by besides its address (e.g. the laptop's salle-b.local, known to the network's DNS or mDNS); repeatable. Any other name is refused, so that another site cannot reach the room through a name of its own
cli-journal-the-folder-does-not-exist = --journal { $out }: the folder { $dir } does not exist
cli-on-the-phones-same-wi-fi = On the phones (same Wi-Fi): open { $url } and type the code { $code }. On the projector, with the facilitator's controls (keep this link to yourself): { $url2 }projector#{ $admin }
cli-reopen-the-room-on-an-unfinished = reopen the room on the unfinished summer of this journal (written by a room stopped by a signal or by the facilitator), at the decision it had reached; the journal is then written over it unless --journal says where
cli-resume-expects-the-journal-of-an = --resume { $path }: expects the journal of an unfinished summer in cooperative mode (written by `cjs room`)
cli-room-no-network-address = warning: the room listens on every interface but this machine has no network address other than 127.0.0.1: phones cannot reach it (join the Wi-Fi or turn on the hotspot, then open the room again)
cli-room-open-on-every-interface = warning: the room is open on every interface of this machine; phones may open any of: { $all }
cli-room-stopped-journal-written = The room stopped before the end of the summer ({ $d } decisions taken): the journal of the summer so far is in { $out } (marked unfinished). `cjs report` reads it; `cjs room --resume { $out }` goes on from there.

# src/cli/run.rs
cli-pec-vision-support-autonomy = PEC { $total } = Vision { $v } + Support { $s } + Autonomy { $a }
cli-pec-vision-support-autonomy-2 = PEC { $total } = { $v } × Vision { $v2 } + { $s } × Support { $s2 } + { $a } × Autonomy { $a2 }
cli-seed-policy = { $title } — seed { $seed }, policy "{ $policy }"
cli-autonomy-by-sphere-business-life-associative = {"  "}Autonomy by sphere: business life { $business }, associative life { $associative }, work { $work }
cli-revenue-costs-surplus-allocated-cash-at = Revenue { $revenue }; costs { $costs }; surplus allocated { $surplus }; cash at the end { $cash_end }
cli-pay-per-cooperant = Pay per cooperant: { $pay_per_member }
cli-contracts-hours-worked-of-cooperants-to = { $contracts } contracts, { $hours } hours worked, { $members_end } of { $count } cooperants to the end
cli-objectives-reached-of-client-complaints-quarrels = Objectives reached: { $objectives_reached } of { $objectives_set }; client complaints: { $complaints }; quarrels: { $conflicts }
cli-decisions-taken-by-the-group-comites = Decisions: { $total } — taken by the group { $by_group } (committees { $by_comite }), by the animateurs { $by_animateurs }

# Clap's heading before the usage line, and the progress bar of `batch` and `compare`.
cli-usage = Usage:
cli-progress = { $bar } { $pos }/{ $len } summers — { $eta } left

# Clap's usage errors, in French (in English, clap's own sentence is shown).
cli-usage-missing-argument = missing required argument
cli-usage-invalid-value = invalid value
cli-usage-unknown-option = unknown option
cli-usage-number-of-values = wrong number of values
cli-usage-conflict = conflicting options
cli-usage-invalid = invalid command line
cli-usage-allowed = {" "}(allowed values: { $values })
cli-usage-value-for = `{ $value }` for { $arg }{ $allowed }
cli-usage-help = Help: cjs --help

cli-set-help = overrides a model parameter for this run (repeatable), e.g. learning=0; the names and ranges are in docs/scenario-format.md
cli-set-expects-name-value = --set expects NAME=VALUE, got “{ $arg }”
cli-set-unknown-parameter = --set: no model parameter is named “{ $name }” (the parameters are listed in docs/scenario-format.md)
cli-set-out-of-range = --set { $name }: “{ $value }” is not a number in the parameter's range { $range }
cli-set-with-journal = --set and --journal cannot go together: a journal replays its summer from the scenario alone, and the parameters set on the command line are not in it
# src/cli/report.rs: the class debrief
cli-class-names-each-summer-by-its = with several journals: name each summer by its file, not A, B, C… (the trainer's own copy)
cli-class-compare-takes-one-journal = --compare puts two summers side by side and takes one journal; several journals make the class debrief, without --compare
cli-class-a-copy-counted-once = { $copy } is a copy of { $first }: the summer is counted once
cli-class-another-scenario = a summer of the scenario `{ $theirs }`, not of `{ $class }` like the rest of the class
cli-class-another-version = a summer of another version of the scenario `{ $class }` (its text differs from the rest of the class's)
