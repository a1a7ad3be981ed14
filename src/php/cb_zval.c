/* cb_node_ops over zvals and host arrays (see cb_zval.h). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php/cb_zval.h"

calbook_keys calbook_k;

/* cb_key names and host sources as interned strings (hashes computed once). */
static zend_string *node_keys[CB_KEY_COUNT];
static zend_string *source_strings[CB_SRC_COUNT];
/* {id, email, name, username, timeZone, source} */
static calbook_shape host_shape;

static const zval *deref(const void *node)
{
	const zval *z = node;
	if (z == NULL) {
		return NULL;
	}
	if (Z_TYPE_P(z) == IS_INDIRECT) {
		z = Z_INDIRECT_P(z);
	}
	if (Z_TYPE_P(z) == IS_REFERENCE) {
		z = Z_REFVAL_P(z);
	}
	return z;
}

static cb_node_type zv_type(const void *node)
{
	return calbook_zval_node_type(deref(node));
}

cb_node_type calbook_zval_node_type(const zval *z)
{
	if (z == NULL) {
		return CB_NODE_OTHER;
	}
	switch (Z_TYPE_P(z)) {
	case IS_NULL: return CB_NODE_NULL;
	case IS_TRUE:
	case IS_FALSE: return CB_NODE_BOOL;
	case IS_LONG: return CB_NODE_INT;
	case IS_DOUBLE: return CB_NODE_DOUBLE;
	case IS_STRING: return CB_NODE_STRING;
	case IS_ARRAY: return zend_array_is_list(Z_ARRVAL_P(z)) ? CB_NODE_LIST : CB_NODE_MAP;
	default: return CB_NODE_OTHER;
	}
}

static const void *zv_member(const void *node, cb_key name)
{
	const zval *z = deref(node);
	if (z == NULL || Z_TYPE_P(z) != IS_ARRAY || (unsigned)name >= CB_KEY_COUNT) {
		return NULL;
	}
	return deref(zend_hash_find_known_hash(Z_ARRVAL_P(z), node_keys[name]));
}

static const void *zv_index(const void *node, size_t i)
{
	const zval *z = deref(node);
	if (z == NULL || Z_TYPE_P(z) != IS_ARRAY || i > (size_t)ZEND_LONG_MAX) {
		return NULL;
	}
	return deref(zend_hash_index_find(Z_ARRVAL_P(z), (zend_ulong)i));
}

static int zv_string(const void *node, const char **s, size_t *len)
{
	const zval *z = deref(node);
	if (z == NULL || Z_TYPE_P(z) != IS_STRING) {
		return -1;
	}
	*s = Z_STRVAL_P(z);
	*len = Z_STRLEN_P(z);
	return 0;
}

static int zv_integer(const void *node, int64_t *v)
{
	const zval *z = deref(node);
	if (z == NULL || Z_TYPE_P(z) != IS_LONG) {
		return -1;
	}
	*v = (int64_t)Z_LVAL_P(z);
	return 0;
}

const cb_node_ops calbook_zval_ops = { zv_type, zv_member, zv_index, zv_string, zv_integer };

static zend_string *key(const char *s)
{
	return zend_new_interned_string(zend_string_init(s, strlen(s), 1));
}

void calbook_zval_init(void)
{
	int i;

	if (calbook_k.id != NULL) {
		return;
	}
	for (i = 0; i < CB_KEY_COUNT; i++) {
		node_keys[i] = key(cb_key_names[i]);
	}
	for (i = 0; i < CB_SRC_COUNT; i++) {
		source_strings[i] = key(cb_host_source_name(i));
	}
	calbook_k.id = key("id");
	calbook_k.email = key("email");
	calbook_k.name = key("name");
	calbook_k.username = key("username");
	calbook_k.time_zone = key("timeZone");
	calbook_k.source = key("source");
	calbook_k.staff_id = key("staff_id");
	calbook_k.confidence = key("confidence");
	calbook_k.reason = key("reason");
	calbook_k.host = key("host");
	calbook_k.new_mapping = key("new_mapping");
	calbook_k.calcom_host_id = key("calcom_host_id");
	calbook_k.preferred_staff_id = key("preferred_staff_id");
	calbook_k.preference_met = key("preference_met");
	calbook_k.match = key("match");
	calbook_k.trigger_event = key("triggerEvent");
	calbook_k.uid = key("uid");
	calbook_k.body = key("body");
	calbook_k.display_email = key("displayEmail");
	{
		zend_string *host_keys[CALBOOK_SHAPE_KEYS] = {calbook_k.id, calbook_k.email, calbook_k.name, calbook_k.username,
			calbook_k.time_zone, calbook_k.source};
		calbook_shape_init(&host_shape, host_keys);
	}
}

void calbook_shape_init(calbook_shape *shape, zend_string *const keys[CALBOOK_SHAPE_KEYS])
{
	HashTable tmp;
	zval null;
	uint32_t i;

	zend_hash_init(&tmp, CALBOOK_SHAPE_SLOTS, NULL, ZVAL_PTR_DTOR, 1);
	zend_hash_real_init_mixed(&tmp);
	memset(&null, 0, sizeof null); /* appending copies the whole zval */
	ZVAL_NULL(&null);
	for (i = 0; i < CALBOOK_SHAPE_KEYS; i++) {
		ZEND_ASSERT(keys[i] != NULL);
		_zend_hash_append_ex(&tmp, keys[i], &null, 1);
	}
	ZEND_ASSERT(HT_SIZE(&tmp) == sizeof shape->data && HT_USED_SIZE(&tmp) == CALBOOK_SHAPE_USED);
	shape->ht = tmp;
	/* The unused buckets stay zero (static storage). */
	memcpy(shape->data, HT_GET_DATA_ADDR(&tmp), HT_USED_SIZE(&tmp));
	HT_SET_DATA_ADDR(&shape->ht, shape->data);
	pefree(HT_GET_DATA_ADDR(&tmp), 1);
	/* Never freed nor counted, never given to PHP itself (only copies are). */
	GC_SET_REFCOUNT(&shape->ht, 2);
	GC_TYPE_INFO(&shape->ht) = GC_ARRAY | ((IS_ARRAY_IMMUTABLE | GC_PERSISTENT | GC_NOT_COLLECTABLE) << GC_FLAGS_SHIFT);
}

/* A string field: the document's own string when it came from a zval (shared, not copied). */
static zend_always_inline void host_str(zval *v, const char *s, size_t len, const void *node)
{
	const zval *z = node;
	if (s == NULL) {
		ZVAL_NULL(v);
	} else if (z != NULL && Z_TYPE_P(z) == IS_STRING && Z_STRVAL_P(z) == s && Z_STRLEN_P(z) == len) {
		ZVAL_COPY(v, z);
	} else {
		ZVAL_STRINGL_FAST(v, s, len);
	}
}

zend_string *calbook_host_source(int source)
{
	return source >= 0 && source < CB_SRC_COUNT ? source_strings[source] : source_strings[CB_SRC_HOST];
}

void calbook_host_to_zval_ex(const cb_host *h, const zval *source, zval *out)
{
	HashTable *ht = calbook_shape_new(&host_shape);

	ZVAL_ARR(out, ht);
	if (h->has_id) {
		ZVAL_LONG(CALBOOK_SHAPE_VAL(ht, 0), (zend_long)h->id);
	}
	host_str(CALBOOK_SHAPE_VAL(ht, 1), h->email, h->email_len, h->email_node);
	host_str(CALBOOK_SHAPE_VAL(ht, 2), h->name, h->name_len, h->name_node);
	host_str(CALBOOK_SHAPE_VAL(ht, 3), h->username, h->username_len, h->username_node);
	host_str(CALBOOK_SHAPE_VAL(ht, 4), h->time_zone, h->time_zone_len, h->time_zone_node);
	if (source != NULL) {
		ZVAL_COPY(CALBOOK_SHAPE_VAL(ht, 5), source);
	} else {
		ZVAL_INTERNED_STR(CALBOOK_SHAPE_VAL(ht, 5), calbook_host_source(h->source));
	}
}

void calbook_host_to_zval(const cb_host *h, zval *out)
{
	calbook_host_to_zval_ex(h, NULL, out);
}
