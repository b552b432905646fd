# Un été en coop — the command line: help texts and messages (English). Read by src/i18n.rs.

# src/cli/args.rs
cli-commands = Commands
cli-print-this-help = print this help
cli-print-the-version = print the version
cli-random-seed = random seed
cli-the-animateurs-policy = the animateurs' policy
cli-scenario-help = path of a .ron file or id of a shipped scenario
cli-print-a-json-object = print a JSON object
cli-print-a-json-array = print a JSON array
cli-about = Un été en coop: a training game and simulator for animateurs of youth service cooperatives (CJS)
cli-lang-help = language of the messages (default: the system's)
cli-play-about = open the game (the default)
cli-play-mode = play mode
cli-resume-a-save = resume a save
cli-autoplay-help = a policy plays by itself (demos, screenshots)
cli-play-room-help = open a room: phones vote on the options (cooperative mode) or answer the posture poll (animateur mode); see docs/room.md
cli-port-help = the room's TCP port (0: any free port); required unless --resume is given (the room then opens on the port it had)
cli-play-host-help = the room's address to listen on (default 0.0.0.0: the classroom's Wi-Fi)
cli-list-the-shipped-scenarios = list the shipped scenarios
cli-validate-scenario-files = validate scenario files
cli-ron-files = .ron files
cli-run-about = play one summer with a policy and print its outcome
cli-run-journal-help = write the summer's journal (JSON)
cli-explain-help = tell the summer decision by decision, with why each score moved
cli-batch-about = play many summers and summarise the results
cli-batch-seeds-help = seeds, e.g. 1..100
cli-csv-help = one row per seed in a CSV file
cli-threads-help = number of threads (default: all cores)
cli-compare-about = every policy side by side over many summers
cli-compare-seeds-help = seeds, e.g. 1..200
cli-report-about = make the debrief of a journal, or of several (the class debrief): HTML, Markdown or CSV
cli-report-journal-help = file written by `cjs run --journal`, `cjs room --journal` or by the game; several: the class debrief
cli-report-out-help = FILE.html, .md or .csv
cli-report-compare-help = a second journal to put side by side (HTML only)

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
cli-cannot-write-stdout = cannot write to the standard output

# src/cli/room.rs
cli-room-about = open a room: phones vote over the local network (cooperative mode, without the game)
cli-room-host-help = address to listen on: 127.0.0.1 (this machine only), the machine's address on the Wi-Fi, or 0.0.0.0 (all)
cli-room-code-help = the room's code, 6 characters (default: drawn at random)
cli-room-wait-help = settle a decision after this delay even if some seats have not voted (their agents vote); default: wait for every seat a phone holds
cli-room-rate-help = requests per second allowed from one address (bursts: three times as many)
cli-room-poll-help = at each decision, ask the phones which posture they would take (the poll advises, the policy decides)
cli-room-journal-help = write the summer's journal (JSON, as `cjs run --journal`)
cli-cannot-write = cannot write

# src/cli/scenarios.rs
cli-weeks = weeks
cli-level = level
cli-title = title
cli-valid = valid

# src/cli/batch.rs
cli-seeds-expects-range = --seeds expects A..B with A ≤ B, found `{ $s }`
cli-seeds-too-many = --seeds: at most { $max_seeds } summers at once, `{ $s }` asks for { $a }
cli-seed-out-of-range = --seeds: a seed is a whole number from 0 to { $max }, found `{ $s }`
cli-compare-too-many-summers = --seeds: at most { $max_seeds } summers in all, `{ $s }` for { $policies } policies asks for { $n }
cli-threads-out-of-range = --threads expects a number from 1 to { $max_threads }, found `{ $s }`
cli-batch-interrupted = interrupted (Ctrl-C): { $out } was not written, and nothing was left behind
cli-summers-policy = { $title } — { $runs ->
    [one] { $runs } summer
   *[other] { $runs } summers
}, policy "{ $policy }"{"\u000A"}
cli-seeds-to-every-policy = { $title } — { $one ->
    [yes] seed { $from }
   *[no] seeds { $from } to { $to }
}, every policy{"\u000A"}

# src/cli/mod.rs
cli-would-overwrite-input = { $output }: { $flag } would overwrite the file it reads, `{ $input }`: choose another file

# src/cli/play.rs
cli-no-display = cannot open the game window: no graphical display (DISPLAY or WAYLAND_DISPLAY). Without a screen, run it under Xvfb (see README) or use `cjs run`.
cli-built-without-game = this program was built without the game (feature `game`): use `cjs run` or rebuild with `cargo build --release`

# src/cli/report.rs
cli-compare-needs-html = --compare puts two summers side by side in an HTML report: `{ $out }` is not an .html
cli-compare-another-scenario = { $other } is a summer of the scenario `{ $theirs }`: --compare puts two summers of one scenario side by side, `{ $ours }`
cli-compare-another-version = { $other } is a summer of another version of the scenario `{ $ours }` (its text differs): --compare puts two summers of one version side by side
cli-out-bad-extension = --out must end in .html, .md or .csv: `{ $out }`

# src/cli/room.rs
cli-code-invalid = --code expects 6 characters among A–Z (no I or O) and 2–9, found `{ $c }`
cli-host-name-expects = --host-name `{ $name }`: a host name expected, of letters, digits, hyphens and dots (e.g. salle-b.local)
cli-host-name-help = a name the phones may open the room by besides its address (e.g. the laptop's salle-b.local, known to the network's DNS or mDNS); repeatable. Any other name is refused, so that another site cannot reach the room through a name of its own
cli-room-how-to-join = On the phones (same Wi-Fi): open { $url } and type the code { $code }. On the projector, with the facilitator's controls (keep this link to yourself): { $url2 }projector#{ $admin }
cli-room-resumed-paused = The room is paused: the pupils take their seats back by their first names, then resume it on the projector ("Resume").
cli-room-resume-help = reopen the room on the unfinished summer of this journal (written by a room stopped by a signal or by the facilitator), at the decision it had reached, at the same address with the same code and settings (options given say otherwise); the journal is then written over it unless --journal says where
cli-resume-not-unfinished = --resume { $path }: expects the journal of an unfinished summer in cooperative mode (written by `cjs room`)
cli-resume-bad-room = --resume { $path }: the journal's room.{ $field } is not valid ({ $value }): correct it, or remove the journal's "room" to open the room on a new port with a new code
cli-room-port-taken = warning: port { $port }, where the room was open before it stopped, is taken by another program: the room opens on { $url } instead, with the same code; the phones must open this new address
cli-room-journal-in-use = { $opt } { $path }: another room on this machine is writing this journal now (the same journal resumed twice?): stop it first, or give another journal (--journal)
cli-room-journal-host-gone = The address comes from the journal { $path }, where the room was open before it stopped: this machine no longer has it (another Wi-Fi, a new address). Give --host (--host 0.0.0.0: every interface) to open the room elsewhere.
cli-room-no-network-address = warning: the room listens on every interface but this machine has no network address other than 127.0.0.1: phones cannot reach it (join the Wi-Fi or turn on the hotspot, then open the room again)
cli-room-all-interfaces = warning: the room is open on every interface of this machine; phones may open any of: { $all }
cli-room-stopped-journal-written = The room stopped before the end of the summer ({ $d ->
    [one] { $d } decision
   *[other] { $d } decisions
} taken): the journal of the summer so far is in { $out } (marked unfinished). `cjs report` reads it; `cjs room --resume { $out }` goes on from there.
cli-room-journal-kept = After each decision, the journal of the summer so far is written to { $out }: if the room stops without warning (computer off, battery flat), `cjs room --resume { $out }` reopens it there.
cli-room-journal-not-kept = The journal of the summer so far cannot be written to { $out } ({ $why }): if the room stops without warning, what was played will be lost.

# src/cli/run.rs
cli-pec-vision-support-autonomy = PEC { $total } = Vision { $v } + Support { $s } + Autonomy { $a }
cli-pec-weighted = PEC { $total } = { $v } × Vision { $v2 } + { $s } × Support { $s2 } + { $a } × Autonomy { $a2 }
cli-seed-policy = { $title } — seed { $seed }, policy "{ $policy }"
cli-run-autonomy-spheres = {"  "}Autonomy by sphere: business life { $business }, associative life { $associative }, work { $work }
cli-run-money = Revenue { $revenue }; costs { $costs }; surplus allocated { $surplus }; cash at the end { $cash_end }
cli-pay-per-cooperant = Pay per cooperant: { $pay_per_member }
cli-run-work = { $contracts ->
    [one] { $contracts } contract
   *[other] { $contracts } contracts
}, { $hours } { $hours_n ->
    [one] hour
   *[other] hours
} worked, { $members_end } of { $count } cooperants to the end
cli-run-objectives = Objectives reached: { $objectives_reached } of { $objectives_set }; client complaints: { $complaints }; quarrels: { $conflicts }
cli-run-decisions = Decisions: { $total } — taken by the group { $by_group } (committees { $by_comite }), by the animateurs { $by_animateurs }

# Clap's heading before the usage line, and the progress bar of `batch` and `compare`.
cli-usage = Usage:
cli-progress = { $bar } { $pos }/{ $len } summers — { $eta } left

# Clap's usage errors, in French (in English, clap's own sentence is shown).
cli-usage-missing-argument = missing required argument
cli-usage-invalid-value = invalid value
cli-usage-unknown-option = unknown option
cli-usage-number-of-values = wrong number of values
cli-usage-conflict = conflicting options
cli-usage-repeated = option given more than once
cli-usage-value-missing = missing value
cli-usage-unexpected-argument = unexpected argument
cli-usage-invalid = invalid command line
cli-usage-allowed = {" "}(allowed values: { $values })
cli-usage-value-for = `{ $value }` for { $arg }{ $allowed }
cli-usage-help = Help: cjs --help
cli-usage-did-you-mean = did you mean { $what }?
cli-usage-help-of = Help: cjs { $command } --help
cli-help-possible-values = [possible values:{" "}
cli-help-default = [default:{" "}
cli-help-command = COMMAND

cli-set-help = overrides a model parameter for this run (repeatable), e.g. learning=0; the names and ranges are in docs/scenario-format.md
cli-set-expects-name-value = --set expects NAME=VALUE, got “{ $arg }”
cli-set-unknown-parameter = --set: no model parameter is named “{ $name }” (the parameters are listed in docs/scenario-format.md)
cli-set-out-of-range = --set { $name }: “{ $value }” is not a number in the parameter's range { $range }
cli-set-with-journal = --set and --journal cannot go together: a journal replays its summer from the scenario alone, and the parameters set on the command line are not in it
# src/cli/report.rs: the class debrief
cli-report-names-help = with several journals: name each summer by its file, not A, B, C… (the trainer's own copy)
cli-class-compare-one-journal = --compare puts two summers side by side and takes one journal; several journals make the class debrief, without --compare
cli-names-needs-a-class = --names labels the summers of a class debrief with their files' names: it takes several journals
cli-class-duplicate-journal = { $copy } is a copy of { $first }: the summer is counted once
cli-class-one-summer = the journals given are copies of one summer, { $first }: a class debrief compares two summers or more (`cjs report { $first } --out FILE` reports that one)
cli-class-another-scenario = a summer of the scenario `{ $theirs }`, not of `{ $class }` like the rest of the class
cli-class-another-version = a summer of another version of the scenario `{ $class }` (its text differs from the rest of the class's)
cli-more-errors = … and { $count ->
    [one] { $count } more error
   *[other] { $count } more errors
} (correct these first)
