/* zval side of host extraction: cb_node_ops over PHP arrays, and a cb_host as a PHP array. */
#ifndef CALBOOK_PHP_CB_ZVAL_H
#define CALBOOK_PHP_CB_ZVAL_H

#include "php.h"
#include "core/cb_host.h"

/* Accessors over a zval (const zval *). A PHP array is a LIST when zend_array_is_list() says
 * so, else a MAP; objects are CB_NODE_OTHER (never walked). References are followed. */
extern const cb_node_ops calbook_zval_ops;
/* The node type of a (dereferenced) zval, as calbook_zval_ops.type() gives it. */
cb_node_type calbook_zval_node_type(const zval *z);

/* Interned keys used for result arrays; created once by calbook_zval_init() at MINIT. */
typedef struct calbook_keys {
	zend_string *id, *email, *name, *username, *time_zone, *source;
	zend_string *staff_id, *confidence, *reason, *host, *new_mapping;
	zend_string *calcom_host_id, *preferred_staff_id, *preference_met, *match;
	zend_string *trigger_event, *uid, *body, *display_email;
} calbook_keys;
extern calbook_keys calbook_k;

void calbook_zval_init(void);

/* Arrays of a fixed shape: the keys (interned) in order, the values null. The shape is built
 * once at MINIT in static storage; a new array of it is two allocations of constant size and
 * one copy of its hash and buckets, without hashing or appending key by key (what
 * zend_array_dup() does for an immutable array, with the sizes known when compiling). */
#define CALBOOK_SHAPE_SLOTS 8 /* the table's size (PHP's smallest) */
#define CALBOOK_SHAPE_KEYS 6  /* the keys of every shape */
#define CALBOOK_SHAPE_USED (HT_HASH_SIZE(HT_SIZE_TO_MASK(CALBOOK_SHAPE_SLOTS)) + CALBOOK_SHAPE_KEYS * sizeof(Bucket))
typedef struct calbook_shape {
	HashTable ht;
	zend_long data[(HT_HASH_SIZE(HT_SIZE_TO_MASK(CALBOOK_SHAPE_SLOTS))
		+ CALBOOK_SHAPE_SLOTS * sizeof(Bucket)) / sizeof(zend_long)];
} calbook_shape;
void calbook_shape_init(calbook_shape *shape, zend_string *const keys[CALBOOK_SHAPE_KEYS]);
/* A new array (refcount 1) of the shape; the caller sets every value with CALBOOK_SHAPE_VAL(). */
static zend_always_inline HashTable *calbook_shape_new(const calbook_shape *shape)
{
	HashTable *ht = emalloc(sizeof(HashTable));
	void *data = emalloc(sizeof shape->data);

	memcpy(ht, &shape->ht, sizeof(HashTable));
	GC_SET_REFCOUNT(ht, 1);
	GC_TYPE_INFO(ht) = GC_ARRAY;
	memcpy(data, shape->data, CALBOOK_SHAPE_USED); /* the hash and the used buckets */
	HT_SET_DATA_ADDR(ht, data);
	return ht;
}
/* The value slot of key number i of a new shaped array (ZVAL_* macros write type and value
 * only, never the bucket's collision link). */
#define CALBOOK_SHAPE_VAL(ht, i) (&(ht)->arData[(i)].val)

/* Writes {id, email, name, username, timeZone, source} for h into out (a new array). Strings
 * read from a zval document are shared with it (refcounted), not copied. */
void calbook_host_to_zval(const cb_host *h, zval *out);
/* The same with a given source string (a zval string) instead of h->source's text. */
void calbook_host_to_zval_ex(const cb_host *h, const zval *source, zval *out);
/* The interned text of a CB_SRC_* value ("data.hosts"). */
zend_string *calbook_host_source(int source);

#endif
