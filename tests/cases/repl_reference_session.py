# The reference REPL session, fed to `-i` on standard input (NAME.in).
