/* Cal.com error bodies and rate-limit headers, in plain C (no PHP). */
#ifndef CB_APIERR_H
#define CB_APIERR_H

#include <stddef.h>
#include <time.h>

/* What an error body says. Every string is malloc'd (or NULL) and freed by cb_apierr_free().
 * code and message never contain a NUL byte: a U+0000 in the body (the JSON escape "\u0000") is
 * written as U+FFFD, so the whole text survives strlen() and C-string APIs. details_json keeps
 * it as the escape "\u0000" (U+FFFD when an object key anywhere in the body held one, which
 * jansson cannot represent). */
typedef struct cb_apierr {
	char *code;         /* error.code ("NotFoundException", "BAD_REQUEST", ...); NULL for the raw shape */
	char *message;      /* error.message, or the raw shape's message (a list is joined with "; ") */
	char *details_json; /* error.details re-encoded as compact JSON; NULL when absent */
	int shape;          /* one of CB_APIERR_SHAPE_* */
} cb_apierr;

enum {
	CB_APIERR_SHAPE_NONE = 0,     /* not JSON, or JSON of no known error shape */
	CB_APIERR_SHAPE_ENVELOPE = 1, /* {"status":"error","error":{code,message,details?}} */
	CB_APIERR_SHAPE_RAW = 2       /* {"statusCode":500,"message":"..."} (unhandled Nest error) */
};

/* Parses any of Cal.com's error bodies. Never fails on bad input: an unknown body gives
 * shape NONE and NULL fields. Returns 0, or -1 when memory ran out. */
int cb_apierr_parse(const char *body, size_t len, cb_apierr *out);
void cb_apierr_free(cb_apierr *err);

/* Seconds until a rate limit resets, from one X-RateLimit-Reset-* value. Cal.com's code sends
 * seconds; its docs call it a Unix timestamp: a value above one day is taken as a timestamp.
 * Returns -1 when the value is not a whole number. */
long cb_ratelimit_reset_seconds(const char *value, size_t len, time_t now);

#endif
