#ifndef PARLENS_CGSL_SHIM_H
#define PARLENS_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_fit.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_version.h>

/// Swift 6 refuses mutable C globals; expose the ones parlens needs through functions.
static inline const gsl_rng_type *parlens_gsl_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const char *parlens_gsl_version(void) { return gsl_version; }

#endif
