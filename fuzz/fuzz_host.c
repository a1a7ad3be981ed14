/* libFuzzer harness: host extraction from any booking or webhook JSON (src/core/cb_host.c) over
 * the jansson accessors. Checks that a found host's strings lie inside the document's strings
 * (every byte is read, so ASan sees an overrun) and are those of the nodes reported with them,
 * that the source is a known one and that an id is positive.
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

/* A string field and its node agree: the node is a string with exactly those bytes. */
static void same(const char *s, size_t len, const void *node)
{
	const char *ns;
	size_t nl;

	if (s == NULL) {
		if (node != NULL) {
			abort();
		}
		return;
	}
	if (node == NULL || cb_host_ops_json.string(node, &ns, &nl) != 0 || ns != s || nl != len) {
		abort();
	}
}

static void check(const cb_host *h)
{
	if (h->has_id && h->id <= 0) {
		abort();
	}
	if (cb_host_source_name(h->source) == NULL) {
		abort();
	}
	same(h->email, h->email_len, h->email_node);
	same(h->name, h->name_len, h->name_node);
	same(h->username, h->username_len, h->username_node);
	same(h->time_zone, h->time_zone_len, h->time_zone_node);
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
	if (cb_host_read(&cb_host_ops_json, root, CB_SRC_HOST, &h)) {
		check(&h);
	}
	/* Absent documents are valid input too. */
	if (cb_host_extract(&cb_host_ops_json, NULL, &h) != 0) {
		abort();
	}
	json_decref(root);
	return 0;
}
