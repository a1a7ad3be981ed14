/* Finding a booking's host in any shape Cal.com sends, in plain C (no PHP).
 *
 * The documents are walked through a small accessor interface (cb_node_ops), so the same code
 * reads a jansson json_t (cb_host_ops_json, for fuzzing and C callers) and a PHP zval (the
 * extension's own ops, src/php/hostmapper.c) without converting either. */
#ifndef CB_HOST_H
#define CB_HOST_H

#include <stddef.h>
#include <stdint.h>

typedef enum cb_node_type {
	CB_NODE_OTHER = 0, /* absent, or a type extraction never uses */
	CB_NODE_NULL,
	CB_NODE_BOOL,
	CB_NODE_INT,
	CB_NODE_DOUBLE,
	CB_NODE_STRING,
	CB_NODE_LIST,   /* JSON array; a PHP array is both LIST and MAP (see member/index) */
	CB_NODE_MAP     /* JSON object */
} cb_node_type;

/* The member names extraction reads, as an enum so that each side can look them up its
 * fastest way (the zval side with precomputed hashes). cb_key_names[k] is the JSON name. */
typedef enum cb_key {
	CB_KEY_ID = 0,
	CB_KEY_EMAIL,
	CB_KEY_DISPLAY_EMAIL,
	CB_KEY_NAME,
	CB_KEY_USERNAME,
	CB_KEY_TIME_ZONE,
	CB_HOST_KEYS, /* the keys above are a host's own fields */
	CB_KEY_HOSTS = CB_HOST_KEYS,
	CB_KEY_ORGANIZER,
	CB_KEY_USER,
	CB_KEY_USER_ID,
	CB_KEY_RESPONSES,
	CB_KEY_VALUE,
	CB_KEY_DATA,
	CB_KEY_PAYLOAD,
	CB_KEY_COUNT
} cb_key;
extern const char *const cb_key_names[CB_KEY_COUNT];

/* Read-only access to one document. A node is an opaque pointer; NULL is "absent".
 * Every function must accept NULL and nodes of any type (returning NULL/0/-1 as fitting). */
typedef struct cb_node_ops {
	cb_node_type (*type)(const void *node);
	/* The member of a map (or a PHP array) by name, or NULL. */
	const void *(*member)(const void *node, cb_key name);
	/* The element of a list (or a PHP array) at index i, or NULL. */
	const void *(*index)(const void *node, size_t i);
	/* 0 and the bytes (borrowed, not NUL-terminated necessarily) of a string node, or -1. */
	int (*string)(const void *node, const char **s, size_t *len);
	/* 0 and the value of an integer node, or -1. */
	int (*integer)(const void *node, int64_t *v);
} cb_node_ops;

/* Where a host was found: a prefix (the booking itself, recurring[0]., data., data[0].,
 * payload.) times a field (hosts, organizer, user, userId, responses.hosts), or CB_SRC_HOST
 * (the node itself read as a host). cb_host_source_name() gives the text ("data.hosts"). */
enum {
	CB_SRC_FIELDS = 5,
	CB_SRC_PREFIXES = 5,
	CB_SRC_HOST = CB_SRC_FIELDS * CB_SRC_PREFIXES,
	CB_SRC_COUNT
};
const char *cb_host_source_name(int source);

/* A host as found. Strings are borrowed from the document (valid while it lives), not
 * NUL-terminated, NULL when missing; each comes with the node it was read from (so a caller
 * can share the document's string instead of copying it). */
typedef struct cb_host {
	int has_id;
	int64_t id;           /* a positive integer (a numeric string is converted) */
	const char *email;    /* displayEmail when present, else email */
	size_t email_len;
	const void *email_node;
	const char *name;
	size_t name_len;
	const void *name_node;
	const char *username;
	size_t username_len;
	const void *username_node;
	const char *time_zone;
	size_t time_zone_len;
	const void *time_zone_node;
	int source;           /* CB_SRC_*: where it was found */
} cb_host;

/* Finds the host of a booking or webhook body. Looks, in this order, at the node itself, then
 * its `data` (Cal.com's {status, data} envelope), then its `payload` (webhook envelope); a list
 * (recurring booking) is read through its first element. In each booking it tries `hosts[0]`,
 * `organizer`, `user` (with `userId` filling a missing id), `userId`, `responses.hosts[0]`
 * (or `responses.hosts.value[0]`). A candidate whose id has a wrong type, or that is Cal.com's
 * placeholder (id "unknown", or name, email and username all "unknown"), or that has neither
 * id, email nor name, is skipped. Walks a bounded number of levels whatever the nesting.
 * Returns 1 and fills *out when a host is found, else 0 (out is then zeroed). */
int cb_host_extract(const cb_node_ops *ops, const void *root, cb_host *out);

/* Reads one host object (id, email/displayEmail, name, username, timeZone) with the same
 * rules; out->source is set to source (a CB_SRC_* value). Returns 1 when it is a usable host,
 * else 0. */
int cb_host_read(const cb_node_ops *ops, const void *node, int source, cb_host *out);

/* The same from the members already looked up: m[k] is the node of key k (CB_KEY_ID to
 * CB_KEY_TIME_ZONE) or NULL. For callers that find a host's fields in one pass over it. */
int cb_host_from_members(const cb_node_ops *ops, const void *const m[CB_HOST_KEYS], int source, cb_host *out);

/* A host's own fields as read from a document, before the rules. */
typedef struct cb_host_field {
	const char *s;     /* the bytes of a string member; NULL when absent or not a string */
	size_t len;
	const void *node;  /* the node they came from */
} cb_host_field;
typedef struct cb_host_fields {
	cb_node_type id_type; /* the id member's type (CB_NODE_OTHER when absent) */
	int64_t id_int;       /* its value when CB_NODE_INT */
	const char *id_str;   /* its bytes when CB_NODE_STRING */
	size_t id_len;
	cb_host_field str[CB_HOST_KEYS]; /* by cb_key; the CB_KEY_ID entry is unused */
} cb_host_fields;

/* The rules of cb_host_read() applied to fields a caller read itself (one pass over a PHP
 * array, without the accessors). */
int cb_host_from_fields(const cb_host_fields *f, int source, cb_host *out);

/* Accessors over a jansson json_t (const json_t *). */
extern const cb_node_ops cb_host_ops_json;

#endif
