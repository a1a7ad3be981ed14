/* Host extraction (see cb_host.h). */
#include "cb_host.h"

#include <jansson.h>
#include <string.h>

const char *const cb_key_names[CB_KEY_COUNT] = {
	"id", "email", "displayEmail", "name", "username", "timeZone", "hosts", "organizer", "user",
	"userId", "responses", "value", "data", "payload"
};

/* Source texts: prefix-major, in the order of the CB_SRC_* description. */
static const char *const source_names[CB_SRC_COUNT] = {
	"hosts", "organizer", "user", "userId", "responses.hosts",
	"recurring[0].hosts", "recurring[0].organizer", "recurring[0].user", "recurring[0].userId", "recurring[0].responses.hosts",
	"data.hosts", "data.organizer", "data.user", "data.userId", "data.responses.hosts",
	"data[0].hosts", "data[0].organizer", "data[0].user", "data[0].userId", "data[0].responses.hosts",
	"payload.hosts", "payload.organizer", "payload.user", "payload.userId", "payload.responses.hosts",
	"host"
};

enum { F_HOSTS = 0, F_ORGANIZER, F_USER, F_USER_ID, F_RESPONSES_HOSTS };
enum { P_NONE = 0, P_RECURRING, P_DATA, P_DATA_LIST, P_PAYLOAD };

const char *cb_host_source_name(int source)
{
	return source >= 0 && source < CB_SRC_COUNT ? source_names[source] : NULL;
}

static int str_is(const char *s, size_t len, const char *lit)
{
	size_t n = strlen(lit);
	return s != NULL && len == n && memcmp(s, lit, n) == 0;
}

/* A positive id from an integer or a string of 1..18 digits, given the node's type and, for
 * an integer iv, for a string s/len. 1: ok, 0: absent or null, -1: wrong type or value, 2: the
 * placeholder "unknown". */
static int id_of(cb_node_type type, int64_t iv, const char *s, size_t len, int64_t *id)
{
	size_t i;
	int64_t v = 0;

	switch (type) {
	case CB_NODE_OTHER:
	case CB_NODE_NULL:
		return 0;
	case CB_NODE_INT:
		if (iv <= 0) {
			return -1;
		}
		*id = iv;
		return 1;
	case CB_NODE_STRING:
		if (str_is(s, len, "unknown")) {
			return 2;
		}
		if (s == NULL || len == 0 || len > 18) {
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

static int read_id(const cb_node_ops *ops, const void *node, int64_t *id)
{
	cb_node_type t = ops->type(node);
	int64_t v = 0;
	const char *s = NULL;
	size_t len = 0;

	if ((t == CB_NODE_INT && ops->integer(node, &v) != 0) || (t == CB_NODE_STRING && ops->string(node, &s, &len) != 0)) {
		return -1;
	}
	return id_of(t, v, s, len, id);
}

static int is_container(const cb_node_ops *ops, const void *node)
{
	cb_node_type t = ops->type(node);
	return t == CB_NODE_MAP || t == CB_NODE_LIST;
}

/* A non-empty string field, or NULL (then *len is 0 and *from NULL). */
static const char *field_str(const cb_host_field *f, size_t *len, const void **from)
{
	if (f->s == NULL || f->len == 0) {
		*len = 0;
		*from = NULL;
		return NULL;
	}
	*len = f->len;
	*from = f->node;
	return f->s;
}

int cb_host_from_fields(const cb_host_fields *f, int source, cb_host *out)
{
	int idr;
	int64_t id = 0;
	size_t el = 0;
	const char *e;
	const void *en;

	/* Every field of *out is written below (no memset first: this runs once per resolution). */
	idr = id_of(f->id_type, f->id_int, f->id_str, f->id_len, &id);
	if (idr < 0 || idr == 2) {
		memset(out, 0, sizeof *out);
		return 0;
	}
	out->has_id = idr == 1;
	out->id = idr == 1 ? id : 0;
	e = field_str(&f->str[CB_KEY_DISPLAY_EMAIL], &el, &en);
	if (e != NULL) {
		out->email = e;
		out->email_len = el;
		out->email_node = en;
	} else {
		out->email = field_str(&f->str[CB_KEY_EMAIL], &out->email_len, &out->email_node);
	}
	out->name = field_str(&f->str[CB_KEY_NAME], &out->name_len, &out->name_node);
	out->username = field_str(&f->str[CB_KEY_USERNAME], &out->username_len, &out->username_node);
	out->time_zone = field_str(&f->str[CB_KEY_TIME_ZONE], &out->time_zone_len, &out->time_zone_node);
	if (str_is(out->name, out->name_len, "unknown") && str_is(out->email, out->email_len, "unknown")
		&& (out->username == NULL || str_is(out->username, out->username_len, "unknown"))) {
		memset(out, 0, sizeof *out);
		return 0;
	}
	if (str_is(out->email, out->email_len, "unknown")) {
		out->email = NULL;
		out->email_len = 0;
		out->email_node = NULL;
	}
	if (str_is(out->username, out->username_len, "unknown")) {
		/* Cal.com writes "unknown" for a null username. */
		out->username = NULL;
		out->username_len = 0;
		out->username_node = NULL;
	}
	if (!out->has_id && out->email == NULL && out->name == NULL) {
		memset(out, 0, sizeof *out);
		return 0;
	}
	out->source = source;
	return 1;
}

int cb_host_from_members(const cb_node_ops *ops, const void *const m[CB_HOST_KEYS], int source, cb_host *out)
{
	cb_host_fields f;
	int k;

	memset(&f, 0, sizeof f);
	f.id_type = ops->type(m[CB_KEY_ID]);
	if ((f.id_type == CB_NODE_INT && ops->integer(m[CB_KEY_ID], &f.id_int) != 0)
		|| (f.id_type == CB_NODE_STRING && ops->string(m[CB_KEY_ID], &f.id_str, &f.id_len) != 0)) {
		memset(out, 0, sizeof *out);
		return 0;
	}
	for (k = CB_KEY_ID + 1; k < CB_HOST_KEYS; k++) {
		if (m[k] != NULL && ops->string(m[k], &f.str[k].s, &f.str[k].len) == 0) {
			f.str[k].node = m[k];
		} else {
			f.str[k].s = NULL;
		}
	}
	return cb_host_from_fields(&f, source, out);
}

int cb_host_read(const cb_node_ops *ops, const void *node, int source, cb_host *out)
{
	const void *m[CB_HOST_KEYS];
	int k;

	if (node == NULL || !is_container(ops, node)) {
		memset(out, 0, sizeof *out);
		return 0;
	}
	for (k = 0; k < CB_HOST_KEYS; k++) {
		m[k] = ops->member(node, (cb_key)k);
	}
	return cb_host_from_members(ops, m, source, out);
}

/* The host sources of one booking object; prefix is one of P_*. */
static int extract_booking(const cb_node_ops *ops, const void *b, int prefix, cb_host *out)
{
	const int src = prefix * CB_SRC_FIELDS;
	const void *m, *r;
	int64_t uid;

	if (ops->type(b) != CB_NODE_MAP && ops->type(b) != CB_NODE_LIST) {
		return 0;
	}
	m = ops->member(b, CB_KEY_HOSTS);
	if (m != NULL && ops->type(m) == CB_NODE_LIST) {
		if (cb_host_read(ops, ops->index(m, 0), src + F_HOSTS, out)) {
			return 1;
		}
	}
	if (cb_host_read(ops, ops->member(b, CB_KEY_ORGANIZER), src + F_ORGANIZER, out)) {
		return 1;
	}
	m = ops->member(b, CB_KEY_USER);
	if (m != NULL && ops->type(m) == CB_NODE_MAP) {
		if (cb_host_read(ops, m, src + F_USER, out)) {
			if (!out->has_id && read_id(ops, ops->member(b, CB_KEY_USER_ID), &uid) == 1) {
				out->has_id = 1;
				out->id = uid;
			}
			return 1;
		}
	}
	if (read_id(ops, ops->member(b, CB_KEY_USER_ID), &uid) == 1) {
		memset(out, 0, sizeof *out);
		out->has_id = 1;
		out->id = uid;
		out->source = src + F_USER_ID;
		return 1;
	}
	r = ops->member(b, CB_KEY_RESPONSES);
	if (r != NULL && ops->type(r) == CB_NODE_MAP) {
		m = ops->member(r, CB_KEY_HOSTS);
		if (m != NULL && ops->type(m) == CB_NODE_MAP) {
			m = ops->member(m, CB_KEY_VALUE);
		}
		if (m != NULL && ops->type(m) == CB_NODE_LIST) {
			if (cb_host_read(ops, ops->index(m, 0), src + F_RESPONSES_HOSTS, out)) {
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
	if (extract_booking(ops, root, P_NONE, out)) {
		return 1;
	}
	if ((first = first_of_list(ops, root)) != NULL && extract_booking(ops, first, P_RECURRING, out)) {
		return 1;
	}
	m = ops->member(root, CB_KEY_DATA);
	if (m != NULL) {
		if (extract_booking(ops, m, P_DATA, out)) {
			return 1;
		}
		if ((first = first_of_list(ops, m)) != NULL && extract_booking(ops, first, P_DATA_LIST, out)) {
			return 1;
		}
	}
	m = ops->member(root, CB_KEY_PAYLOAD);
	if (m != NULL && extract_booking(ops, m, P_PAYLOAD, out)) {
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

static const void *json_node_member(const void *node, cb_key name)
{
	const json_t *j = node;
	if (j == NULL || !json_is_object(j) || (unsigned)name >= CB_KEY_COUNT) {
		return NULL;
	}
	return json_object_get(j, cb_key_names[name]);
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
