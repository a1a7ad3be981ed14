/* libFuzzer harness: host extraction from any booking or webhook JSON (src/core/cb_host.c) over
 * the jansson accessors. Checks that a found host's strings lie inside the document's strings
 * (every byte is read, so ASan sees an overrun) and that an id is positive.
 * seeds: json */
#include "core/cb_host.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static volatile unsigned char sink;

static void touch(const char *s, size_t len)
{
	size_t i;

	if (!s && len != 0) {
		abort();
	}
	for (i = 0; i < len; i++) {
		sink ^= (unsigned char) s[i];
	}
}

static void check(const cb_host *h)
{
	if (h->has_id && h->id <= 0) {
		abort();
	}
	if (memchr(h->source, '\0', sizeof(h->source)) == NULL) {
		abort();
	}
	touch(h->email, h->email_len);
	touch(h->name, h->name_len);
	touch(h->username, h->username_len);
	touch(h->time_zone, h->time_zone_len);
	if (!h->has_id && !h->email && !h->name) {
		abort(); /* a usable host has an id, an email or a name */
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_error_t jerr;
	json_t *root;
	cb_host h;

	root = json_loadb((const char *) data, size, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
	if (!root) {
		return 0;
	}
	if (cb_host_extract(&cb_host_ops_json, root, &h)) {
		check(&h);
	}
	if (cb_host_read(&cb_host_ops_json, root, "fuzz", &h)) {
		check(&h);
	}
	/* Absent documents are valid input too. */
	if (cb_host_extract(&cb_host_ops_json, NULL, &h) != 0) {
		abort();
	}
	json_decref(root);
	return 0;
}
