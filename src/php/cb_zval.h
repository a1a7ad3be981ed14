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

/* Writes {id, email, name, username, timeZone, source} for h into out (a new array). Strings
 * read from a zval document are shared with it (refcounted), not copied. */
void calbook_host_to_zval(const cb_host *h, zval *out);
/* The same with a given source string (a zval string) instead of h->source's text. */
void calbook_host_to_zval_ex(const cb_host *h, const zval *source, zval *out);
/* The interned text of a CB_SRC_* value ("data.hosts"). */
zend_string *calbook_host_source(int source);

#endif
