/* Host extraction (see cb_host.h). */
#include "cb_host.h"

#include <jansson.h>
#include <string.h>

/* dst = a . b, truncated to cap - 1 bytes, NUL-terminated. */
static void cat2(char *dst, size_t cap, const char *a, const char *b)
{
	size_t n = 0;
	while (*a && n + 1 < cap) {
		dst[n++] = *a++;
	}
	while (*b && n + 1 < cap) {
		dst[n++] = *b++;
	}
	dst[n] = '\0';
}

static int str_is(const char *s, size_t len, const char *lit)
{
	size_t n = strlen(lit);
	return s != NULL && len == n && memcmp(s, lit, n) == 0;
}

/* A positive id from an integer or a string of 1..18 digits. 1: ok, 0: absent or null,
 * -1: wrong type or value, 2: the placeholder "unknown". */
static int read_id(const cb_node_ops *ops, const void *node, int64_t *id)
{
	const char *s;
	size_t len, i;
	int64_t v = 0;

	switch (ops->type(node)) {
	case CB_NODE_OTHER:
	case CB_NODE_NULL:
		return 0;
	case CB_NODE_INT:
		if (ops->integer(node, &v) != 0 || v <= 0) {
			return -1;
		}
		*id = v;
		return 1;
	case CB_NODE_STRING:
		if (ops->string(node, &s, &len) != 0) {
			return -1;
		}
		if (str_is(s, len, "unknown")) {
			return 2;
		}
		if (len == 0 || len > 18) {
			return -1;
		}
		for (i = 0; i < len; i++) {
			if (s[i] < '0' || s[i] > '9') {
				return -1;
			}
			v = v * 10 + (s[i] - '0');
		}
		if (v <= 0) {
			return -1;
		}
		*id = v;
		return 1;
	default:
		return -1;
	}
}

/* A non-empty string member, or NULL. */
static const char *read_str(const cb_node_ops *ops, const void *node, const char *name, size_t *len)
{
	const void *m = ops->member(node, name);
	const char *s;

	if (m == NULL || ops->type(m) != CB_NODE_STRING || ops->string(m, &s, len) != 0 || *len == 0) {
		*len = 0;
		return NULL;
	}
	return s;
}

static int is_container(const cb_node_ops *ops, const void *node)
{
	cb_node_type t = ops->type(node);
	return t == CB_NODE_MAP || t == CB_NODE_LIST;
}

int cb_host_read(const cb_node_ops *ops, const void *node, const char *source, cb_host *out)
{
	int idr;
	size_t el = 0;
	const char *e;

	memset(out, 0, sizeof *out);
	if (node == NULL || ops->type(node) != CB_NODE_MAP) {
		if (node == NULL || ops->type(node) != CB_NODE_LIST) {
			return 0;
		}
	}
	idr = read_id(ops, ops->member(node, "id"), &out->id);
	if (idr < 0 || idr == 2) {
		memset(out, 0, sizeof *out);
		return 0;
	}
	out->has_id = idr == 1;
	e = read_str(ops, node, "displayEmail", &el);
	if (e != NULL) {
		out->email = e;
		out->email_len = el;
	} else {
		out->email = read_str(ops, node, "email", &out->email_len);
	}
	out->name = read_str(ops, node, "name", &out->name_len);
	out->username = read_str(ops, node, "username", &out->username_len);
	out->time_zone = read_str(ops, node, "timeZone", &out->time_zone_len);
	if (str_is(out->name, out->name_len, "unknown") && str_is(out->email, out->email_len, "unknown")
		&& (out->username == NULL || str_is(out->username, out->username_len, "unknown"))) {
		memset(out, 0, sizeof *out);
		return 0;
	}
	if (str_is(out->email, out->email_len, "unknown")) {
		out->email = NULL;
		out->email_len = 0;
	}
	if (str_is(out->username, out->username_len, "unknown")) {
		/* Cal.com writes "unknown" for a null username. */
		out->username = NULL;
		out->username_len = 0;
	}
	if (!out->has_id && out->email == NULL && out->name == NULL) {
		memset(out, 0, sizeof *out);
		return 0;
	}
	cat2(out->source, sizeof out->source, source, "");
	return 1;
}

/* The host sources of one booking object, prefix being "", "data.", "payload.", ... */
static int extract_booking(const cb_node_ops *ops, const void *b, const char *prefix, cb_host *out)
{
	char src[48];
	const void *m, *r;
	int64_t uid;

	if (ops->type(b) != CB_NODE_MAP && ops->type(b) != CB_NODE_LIST) {
		return 0;
	}
	m = ops->member(b, "hosts");
	if (m != NULL && ops->type(m) == CB_NODE_LIST) {
		cat2(src, sizeof src, prefix, "hosts");
		if (cb_host_read(ops, ops->index(m, 0), src, out)) {
			return 1;
		}
	}
	cat2(src, sizeof src, prefix, "organizer");
	if (cb_host_read(ops, ops->member(b, "organizer"), src, out)) {
		return 1;
	}
	m = ops->member(b, "user");
	if (m != NULL && ops->type(m) == CB_NODE_MAP) {
		cat2(src, sizeof src, prefix, "user");
		if (cb_host_read(ops, m, src, out)) {
			if (!out->has_id && read_id(ops, ops->member(b, "userId"), &uid) == 1) {
				out->has_id = 1;
				out->id = uid;
			}
			return 1;
		}
	}
	if (read_id(ops, ops->member(b, "userId"), &uid) == 1) {
		memset(out, 0, sizeof *out);
		out->has_id = 1;
		out->id = uid;
		cat2(out->source, sizeof out->source, prefix, "userId");
		return 1;
	}
	r = ops->member(b, "responses");
	if (r != NULL && ops->type(r) == CB_NODE_MAP) {
		m = ops->member(r, "hosts");
		if (m != NULL && ops->type(m) == CB_NODE_MAP) {
			m = ops->member(m, "value");
		}
		if (m != NULL && ops->type(m) == CB_NODE_LIST) {
			cat2(src, sizeof src, prefix, "responses.hosts");
			if (cb_host_read(ops, ops->index(m, 0), src, out)) {
				return 1;
			}
		}
	}
	memset(out, 0, sizeof *out);
	return 0;
}

/* A list of bookings (recurring): the first element, when it is itself a booking. */
static const void *first_of_list(const cb_node_ops *ops, const void *n)
{
	const void *first;
	if (ops->type(n) != CB_NODE_LIST) {
		return NULL;
	}
	first = ops->index(n, 0);
	if (first == NULL || ops->type(first) != CB_NODE_MAP) {
		return NULL;
	}
	return first;
}

int cb_host_extract(const cb_node_ops *ops, const void *root, cb_host *out)
{
	const void *m, *first;

	memset(out, 0, sizeof *out);
	if (ops == NULL || root == NULL || !is_container(ops, root)) {
		return 0;
	}
	if (extract_booking(ops, root, "", out)) {
		return 1;
	}
	if ((first = first_of_list(ops, root)) != NULL && extract_booking(ops, first, "recurring[0].", out)) {
		return 1;
	}
	m = ops->member(root, "data");
	if (m != NULL) {
		if (extract_booking(ops, m, "data.", out)) {
			return 1;
		}
		if ((first = first_of_list(ops, m)) != NULL && extract_booking(ops, first, "data[0].", out)) {
			return 1;
		}
	}
	m = ops->member(root, "payload");
	if (m != NULL && extract_booking(ops, m, "payload.", out)) {
		return 1;
	}
	memset(out, 0, sizeof *out);
	return 0;
}

/* jansson accessors */
static cb_node_type json_node_type(const void *node)
{
	const json_t *j = node;
	if (j == NULL) {
		return CB_NODE_OTHER;
	}
	switch (json_typeof(j)) {
	case JSON_OBJECT: return CB_NODE_MAP;
	case JSON_ARRAY: return CB_NODE_LIST;
	case JSON_STRING: return CB_NODE_STRING;
	case JSON_INTEGER: return CB_NODE_INT;
	case JSON_REAL: return CB_NODE_DOUBLE;
	case JSON_TRUE:
	case JSON_FALSE: return CB_NODE_BOOL;
	case JSON_NULL: return CB_NODE_NULL;
	}
	return CB_NODE_OTHER;
}

static const void *json_node_member(const void *node, const char *name)
{
	const json_t *j = node;
	if (j == NULL || !json_is_object(j)) {
		return NULL;
	}
	return json_object_get(j, name);
}

static const void *json_node_index(const void *node, size_t i)
{
	const json_t *j = node;
	if (j == NULL || !json_is_array(j)) {
		return NULL;
	}
	return json_array_get(j, i);
}

static int json_node_string(const void *node, const char **s, size_t *len)
{
	const json_t *j = node;
	if (j == NULL || !json_is_string(j)) {
		return -1;
	}
	*s = json_string_value(j);
	*len = json_string_length(j);
	return 0;
}

static int json_node_integer(const void *node, int64_t *v)
{
	const json_t *j = node;
	if (j == NULL || !json_is_integer(j)) {
		return -1;
	}
	*v = (int64_t)json_integer_value(j);
	return 0;
}

const cb_node_ops cb_host_ops_json = {
	json_node_type, json_node_member, json_node_index, json_node_string, json_node_integer
};
