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

/* Read-only access to one document. A node is an opaque pointer; NULL is "absent".
 * Every function must accept NULL and nodes of any type (returning NULL/0/-1 as fitting). */
typedef struct cb_node_ops {
	cb_node_type (*type)(const void *node);
	/* The member of a map (or a PHP array) by name, or NULL. */
	const void *(*member)(const void *node, const char *name);
	/* The element of a list (or a PHP array) at index i, or NULL. */
	const void *(*index)(const void *node, size_t i);
	/* 0 and the bytes (borrowed, not NUL-terminated necessarily) of a string node, or -1. */
	int (*string)(const void *node, const char **s, size_t *len);
	/* 0 and the value of an integer node, or -1. */
	int (*integer)(const void *node, int64_t *v);
} cb_node_ops;

/* A host as found. Strings are borrowed from the document (valid while it lives), not
 * NUL-terminated, NULL when missing. */
typedef struct cb_host {
	int has_id;
	int64_t id;           /* a positive integer (a numeric string is converted) */
	const char *email;    /* displayEmail when present, else email */
	size_t email_len;
	const char *name;
	size_t name_len;
	const char *username;
	size_t username_len;
	const char *time_zone;
	size_t time_zone_len;
	char source[48];      /* where it was found: "hosts", "data.hosts", "payload.organizer", ... */
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
 * rules; source is copied into out->source. Returns 1 when it is a usable host, else 0. */
int cb_host_read(const cb_node_ops *ops, const void *node, const char *source, cb_host *out);

/* Accessors over a jansson json_t (const json_t *). */
extern const cb_node_ops cb_host_ops_json;

#endif
