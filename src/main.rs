fn main() {
    // As the system gives them: a file name need not be UTF-8.
    std::process::exit(cjs::cli::main_with(std::env::args_os()));
}
