# Un été en coop — messages of scenario (English). Read by src/i18n.rs.

# src/scenario/validate.rs
scenario-empty-french = the French text is empty
scenario-empty-english = the English text is empty
scenario-invisible-name = the name `{ $shown }` is invisible: it has only spaces or zero-width characters
scenario-amount-too-precise = an amount has at most two decimals (cents), found { $d }
scenario-amount-too-large = amount far too large for a CJS: { $d }
scenario-invalid-item-id = invalid id `{ $id }`: lowercase letters, digits, `-` or `_`
scenario-duplicate-id = duplicate id `{ $id }`
scenario-invalid-scenario-id = invalid id `{ $id }`: lowercase letters, digits and `-`
scenario-invalid-date = invalid date `{ $start }`: expected YYYY-MM-DD
scenario-empty-territory-name = the territory's name is empty
scenario-empty-coop-name = empty coop name
scenario-members-out-of-range = a coop needs 3 to 30 cooperants, found { $count }
scenario-empty-name = empty name
scenario-name-taken = the name `{ $name }` is already taken
scenario-skill-written-twice = skill { $skill } written twice
scenario-animateurs-out-of-range = a CJS has one or two animateurs, found { $count }
scenario-hours-out-of-range = hours per unit must be from 0.01 (36 seconds) to 12, found { $hours_per_unit }
scenario-units-out-of-range = units (min, max) with 1 ≤ min ≤ max ≤ 200, found ({ $min }, { $max })
scenario-demand-out-of-range = base demand must be 0 to 100 contracts a week, found { $base_demand }
scenario-sensitivity-out-of-range = price sensitivity must be between 0 and 5, found { $price_sensitivity }
scenario-unknown-service = unknown service `{ $id }`
scenario-payment-shares-sum = payment shares (on time, late, unpaid) must sum to 100, found { $unpaid }
scenario-too-few-objectives = the menu needs at least two objectives, found { $count }
scenario-too-many-objectives = an assembly weighs at most { $most } options: at most { $most } objectives on the menu, found { $count }
scenario-too-many-splits = an assembly weighs at most { $most } options: at most { $most } ways to split, found { $count }
scenario-unknown-segment = unknown segment `{ $segment }`
scenario-split-parts-sum = the parts of a split must sum to 100, found { $sum }
scenario-too-few-splits = give at least two ways to split (or none for the defaults)
scenario-choices-out-of-range = an event offers 2 to 6 choices, found { $count }
scenario-unknown-service-2 = unknown service `{ $service }`
scenario-unknown-cooperant = unknown cooperant `{ $name }`
scenario-parameter-out-of-range = parameter `{ $name }` must be between { $min } and { $max } ({ $unit }), found { $v }
scenario-pec-weights-all-zero = at least one weight must be positive

# src/scenario/validate.rs: sentences about a value, named by one of the nouns below
scenario-must-be-between = { $what } must be between { $min } and { $max }, found { $v }
scenario-at-most-items = at most { $max } { $what }, found { $len }
scenario-must-be-positive = { $what } must be positive, found { $d }
scenario-cannot-be-negative = { $what } cannot be negative, found { $d }
scenario-at-least-one-item = at least one item is needed: { $what }

# src/scenario/validate.rs: the values and lists these sentences name
scenario-what-services = services
scenario-what-client-segments = client segments
scenario-what-segment-services = services asked by a segment
scenario-what-season-values = season values
scenario-what-events = events
scenario-what-effects-per-choice = effects per choice
scenario-what-aims-per-objective = aims per objective
scenario-what-away-weeks = away weeks
scenario-what-coop-names = coop names
scenario-what-learning-goals = learning goals
scenario-what-trainer-notes = trainer notes
scenario-what-weeks = the number of weeks
scenario-what-the-travel-time = the travel time
scenario-what-age = age
# the traits, as the file names them (in both languages)
scenario-what-assertiveness = assertiveness
scenario-what-reliability = reliability
scenario-what-initiative = initiative
scenario-what-sociability = sociability
scenario-what-a-skill = a skill
scenario-what-availability = availability (hours a week)
scenario-what-motivation = motivation
scenario-what-an-away-week = an away week
scenario-what-the-starting-fund = the starting fund
scenario-what-the-coops-share = the coop's share (%)
scenario-what-material-cost = material cost
scenario-what-price = price
scenario-what-the-services-asked = the services asked
scenario-what-a-season-percentage = a season percentage
scenario-what-the-payment-delay = the payment delay
scenario-what-flyers-cost = the cost of flyers
scenario-what-press-cost = the cost of the press
scenario-what-the-objectives-aims = the objective's aims
scenario-what-the-target-amount = the target amount
scenario-what-target-contracts = the target number of contracts
scenario-what-the-target-percent = the target percent
scenario-what-target-work-kinds = the target number of kinds of work
scenario-what-the-week = the week
scenario-what-the-chance = the chance (%)
scenario-what-a-threshold = a threshold (%)
scenario-what-an-effect-points = an effect (points)
scenario-what-the-percent = the percent
scenario-what-the-duration-weeks = the duration (weeks)
scenario-what-the-units = the units
scenario-what-rain-chance = the chance of rain (%)
scenario-what-a-weight = a weight

# src/scenario/load.rs
scenario-not-a-regular-file = this is not a regular file
scenario-file-not-found = file not found
scenario-permission-denied = permission denied
scenario-symlink-loop = cannot read: a loop of symbolic links
scenario-cannot-read = cannot read: { $e }
scenario-is-a-folder = this is a folder, not a scenario file
scenario-file-too-large = file too large ({ $count } bytes): at most { $max } bytes accepted
scenario-file-grew-too-large = file too large: at most { $max } bytes accepted
scenario-not-utf8 = the file is not UTF-8 text (invalid byte)
scenario-a-scenario-id-title = a scenario `( id: ..., title: ..., ... )`
scenario-ron-extensions-refused = RON attributes and extensions (`#![enable(...)]`) are not accepted: write the document without them
scenario-unexpected-eof = unexpected end of file: a bracket or parenthesis is not closed
scenario-expected-a-list = expected a list `[ ... ]`
scenario-expected-list-end = expected `]` to close the list
scenario-expected-true-or-false = expected `true` or `false`
scenario-expected-a-comma = expected a comma
scenario-expected-a-whole-number = expected a whole number
scenario-expected-a-number = expected a number
scenario-expected-string = expected a text in double quotes
scenario-unterminated-string = unterminated text: the closing double quote is missing
scenario-expected-field-value = expected `( field: value, ... )`
scenario-expected-to-close = expected `)` to close
scenario-expected-after-the-name = expected `:` after the name
scenario-expected-identifier = expected a field or variant name
scenario-number-out-of-bounds = number out of the allowed bounds
scenario-unclosed-comment = unclosed `/*` comment
scenario-unexpected-character = unexpected character `{ $char }`
scenario-trailing-text = extra text after the end of the scenario
scenario-nesting-too-deep = nesting too deep (more than { $max_depth } levels)
scenario-unknown-field = unknown field `{ $found }`: expected one of { $expected }
scenario-missing-field = missing field `{ $field }`
scenario-field-written-twice = field `{ $field }` written twice
scenario-unknown-value = unknown value `{ $found }`: expected one of { $expected }
scenario-expected-a-struct-named = expected `{ $expected }( … )`, found `{ $found }`
scenario-expected = expected `()`
scenario-expected-some-or-none = expected `Some(...)` or `None`
scenario-expected-a-map = expected a map `{"{"} ... {"}"}`
scenario-expected-to-close-2 = expected `{"}"}` to close
scenario-unclosed-comment-2 = unclosed `//` comment
scenario-invalid-digit-in-base = invalid digit `{ $char }` in base { $base }
scenario-empty-file = the file is empty: expected { $what }
scenario-expected-found = expected { $expected }, found { $found }
scenario-expected-found-elements = expected { $expected }, found { $found } elements
scenario-invalid-escape = invalid escape in a text: { $what }
scenario-parser-message = { $message }
scenario-invalid-ron-syntax = invalid RON syntax: { $message }

# src/scenario/find.rs
scenario-no-such-scenario = neither a file nor a shipped scenario of that name (see `cjs scenarios`)

# src/scenario/mod.rs: a scenario's level, as `cjs scenarios` and the title screen show it
level-tutorial = tutorial
level-beginner = beginner
level-intermediate = intermediate
level-advanced = advanced
