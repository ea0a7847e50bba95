#ifndef PARLENS_CEDITLINE_SHIM_H
#define PARLENS_CEDITLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <editline/readline.h>

/// glibc declares `wcwidth` only for X/Open; libedit measures its display with it.
extern int wcwidth(wchar_t c);
static inline int parlens_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/// Swift 6 refuses mutable C globals; set libedit's readline-compatible globals through these.
typedef char **parlens_completion_fn(const char *text, int start, int end);
typedef int parlens_command_fn(int count, int key);

static inline void parlens_rl_set_completion(parlens_completion_fn *fn) {
    rl_attempted_completion_function = (rl_completion_func_t *)fn;
}
/// libedit's `rl_complete` cuts the word to complete at `rl_basic_word_break_characters` (it never
/// reads `rl_completer_word_break_characters`). With none, the "word" is the whole text before the
/// cursor: the completion function decides which part it replaces, quotes and spaces included.
static inline void parlens_rl_complete_whole_line(void) { rl_basic_word_break_characters = ""; }
/// No character after a unique match: the completion writes its own space or closing quote.
static inline void parlens_rl_no_append_character(void) { rl_completion_append_character = '\0'; }
/// The name `~/.editrc` lines may start with (`parlens:bind …`).
static inline void parlens_rl_set_name(void) { rl_readline_name = "parlens"; }
static inline const char *parlens_rl_line_buffer(void) { return rl_line_buffer; }
static inline int parlens_rl_point(void) { return rl_point; }
/// '?' when Tab is pressed again right after a completion (list the matches), else '\t'.
static inline int parlens_rl_completion_type(void) { return rl_completion_type; }
static inline void parlens_rl_no_default_completion(void) { rl_attempted_completion_over = 1; }
/// Ends `readline` with no line (as Ctrl-C does) once the bound command returns.
static inline void parlens_rl_set_done(void) { rl_done = 1; }
static inline int parlens_history_length(void) { return history_length; }
/// Binds Ctrl-R to `fn` (libedit keeps the name's pointer, so it is a literal here).
static inline int parlens_rl_bind_history_search(parlens_command_fn *fn) {
    return rl_add_defun("parlens-history-search", (rl_command_func_t *)fn, 'R' & 0x1f);
}

#endif
