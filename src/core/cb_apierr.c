/* Cal.com error bodies: the envelope, its BAD_REQUEST form without details, and the raw
 * {"statusCode","message"} shape of unhandled errors. */
#include "core/cb_apierr.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define CB_DAY_SECONDS 86400L

/* The UTF-8 encoding of U+FFFD, written where a string holds a NUL byte. */
static const char replacement[] = "\xEF\xBF\xBD";
#define REPLACEMENT_LEN (sizeof(replacement) - 1)

/* Bytes needed for s[0..n) with every NUL replaced by U+FFFD. */
static size_t text_len(const char *s, size_t n)
{
	size_t i, total = n;
	for (i = 0; i < n; i++) {
		if (s[i] == '\0') {
			total += REPLACEMENT_LEN - 1;
		}
	}
	return total;
}

/* Copies s[0..n) to dst with every NUL replaced by U+FFFD; returns the end of the copy. */
static char *text_copy(char *dst, const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		if (s[i] == '\0') {
			memcpy(dst, replacement, REPLACEMENT_LEN);
			dst += REPLACEMENT_LEN;
		} else {
			*dst++ = s[i];
		}
	}
	return dst;
}

static char *dup_string(const json_t *v)
{
	const char *s;
	size_t n;
	char *out;

	if (!json_is_string(v)) {
		return NULL;
	}
	s = json_string_value(v);
	n = json_string_length(v);
	out = malloc(text_len(s, n) + 1);
	if (out) {
		*text_copy(out, s, n) = '\0';
	}
	return out;
}

/* A message that is a list of strings (Nest validation) is joined with "; ". */
static char *message_of(const json_t *v)
{
	size_t i, total = 0;
	const json_t *item;
	char *out, *p;

	if (json_is_string(v)) {
		return dup_string(v);
	}
	if (!json_is_array(v) || json_array_size(v) == 0) {
		return NULL;
	}
	json_array_foreach(v, i, item) {
		if (json_is_string(item)) {
			total += text_len(json_string_value(item), json_string_length(item)) + 2;
		}
	}
	if (total == 0) {
		return NULL;
	}
	out = p = malloc(total + 1);
	if (!out) {
		return NULL;
	}
	json_array_foreach(v, i, item) {
		if (json_is_string(item)) {
			if (p != out) {
				*p++ = ';';
				*p++ = ' ';
			}
			p = text_copy(p, json_string_value(item), json_string_length(item));
		}
	}
	*p = '\0';
	return out;
}

/* jansson refuses "\u0000" in an object key even with JSON_ALLOW_NUL. For that case only, a copy
 * of the body with each such escape written as "\ufffd" (same length) is parsed instead. A
 * backslash outside a string is invalid JSON anyway, so escapes are read in pairs. Returns the
 * copy (free() it), or NULL when there is nothing to rewrite or memory ran out. */
static char *without_nul_escapes(const char *body, size_t len)
{
	char *copy = malloc(len);
	size_t i, rewritten = 0;

	if (copy == NULL) {
		return NULL;
	}
	memcpy(copy, body, len);
	for (i = 0; i + 1 < len; i++) {
		if (copy[i] != '\\') {
			continue;
		}
		if (copy[i + 1] == 'u' && len - i >= 6 && memcmp(copy + i + 2, "0000", 4) == 0) {
			memcpy(copy + i + 2, "fffd", 4);
			rewritten++;
		}
		i++; /* the escaped character */
	}
	if (rewritten == 0) {
		free(copy);
		return NULL;
	}
	return copy;
}

int cb_apierr_parse(const char *body, size_t len, cb_apierr *out)
{
	json_t *root, *error, *v;
	json_error_t jerr;

	memset(out, 0, sizeof(*out));
	if (!body || len == 0) {
		return 0;
	}
	/* JSON_ALLOW_NUL: a "\u0000" inside a string must not cost the error its code and message. */
	root = json_loadb(body, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
	if (!root && json_error_code(&jerr) == json_error_null_byte_in_key) {
		char *copy = without_nul_escapes(body, len);
		if (copy != NULL) {
			root = json_loadb(copy, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
			free(copy);
		}
	}
	if (!root) {
		return 0;
	}
	if (!json_is_object(root)) {
		json_decref(root);
		return 0;
	}
	error = json_object_get(root, "error");
	if (json_is_object(error)) {
		out->shape = CB_APIERR_SHAPE_ENVELOPE;
		out->code = dup_string(json_object_get(error, "code"));
		out->message = message_of(json_object_get(error, "message"));
		v = json_object_get(error, "details");
		if (v && !json_is_null(v)) {
			out->details_json = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
		}
	} else if (json_is_integer(json_object_get(root, "statusCode")) || json_object_get(root, "message")) {
		out->shape = CB_APIERR_SHAPE_RAW;
		out->message = message_of(json_object_get(root, "message"));
		/* Nest's raw 4xx form also names the error class in "error" as a string. */
		out->code = dup_string(json_object_get(root, "error"));
	}
	json_decref(root);
	return 0;
}

void cb_apierr_free(cb_apierr *err)
{
	free(err->code);
	free(err->message);
	free(err->details_json);
	memset(err, 0, sizeof(*err));
}

long cb_ratelimit_reset_seconds(const char *value, size_t len, time_t now)
{
	long v = 0;
	size_t i = 0;

	while (i < len && (value[i] == ' ' || value[i] == '\t')) {
		i++;
	}
	if (i == len) {
		return -1;
	}
	for (; i < len && value[i] >= '0' && value[i] <= '9'; i++) {
		if (v > 100000000000L) {
			return -1;
		}
		v = v * 10 + (value[i] - '0');
	}
	while (i < len && (value[i] == ' ' || value[i] == '\t')) {
		i++;
	}
	if (i != len) {
		return -1;
	}
	if (v > CB_DAY_SECONDS) {
		v = (long) (v - (long) now);
		if (v < 0) {
			v = 0;
		}
	}
	return v;
}
