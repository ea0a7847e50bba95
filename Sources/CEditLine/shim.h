#ifndef PARLENS_CEDITLINE_SHIM_H
#define PARLENS_CEDITLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <langinfo.h>
#include <editline/readline.h>

/// Swift 6 refuses mutable C globals; set libedit's readline-compatible globals through these.
typedef char **parlens_completion_fn(const char *text, int start, int end);

static inline void parlens_rl_set_completion(parlens_completion_fn *fn) {
    rl_attempted_completion_function = (rl_completion_func_t *)fn;
}
static inline void parlens_rl_set_word_breaks(const char *chars) {
    rl_completer_word_break_characters = (char *)chars;
}
static inline void parlens_rl_set_name(const char *name) { rl_readline_name = (char *)name; }
static inline const char *parlens_rl_line_buffer(void) { return rl_line_buffer; }
static inline void parlens_rl_no_default_completion(void) { rl_attempted_completion_over = 1; }
static inline int parlens_history_length(void) { return history_length; }

#endif
