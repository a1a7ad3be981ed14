/* Calbook\HostMapper: where the host of an input is. A host array ({id, email, name, ...}) is
 * read field by field in one pass; anything with a booking's or a webhook body's field goes to
 * the extraction rules of src/core/cb_host.c. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php/cb_zval.h"
#include "php/hostmapper.h"
#include "core/cb_host.h"

/* Fields only a booking or a webhook body has; an array with one of them is never a host. */
static const char *const booking_key_names[] = {
	"uid", "status", "data", "payload", "hosts", "organizer", "user", "userId", "attendees", "title",
	"start", "startTime", "eventTypeId", "eventType", "triggerEvent", "bookingUid", "responses"
};
#define BOOKING_KEYS (sizeof(booking_key_names) / sizeof(booking_key_names[0]))
/* The keys in a small open-addressing table by hash: a host array (a handful of keys) is
 * checked key by key instead of looking up every booking field in it. */
#define BOOKING_SLOTS 64
static zend_string *booking_slots[BOOKING_SLOTS];

static bool is_booking_key(zend_string *k)
{
	zend_ulong h = ZSTR_H(k) ? ZSTR_H(k) : zend_string_hash_val(k);
	uint32_t i = (uint32_t)h & (BOOKING_SLOTS - 1);
	while (booking_slots[i] != NULL) {
		if (ZSTR_H(booking_slots[i]) == h && zend_string_equals(booking_slots[i], k)) {
			return true;
		}
		i = (i + 1) & (BOOKING_SLOTS - 1);
	}
	return false;
}

/* Which of a host's own fields key k is (a cb_key below CB_HOST_KEYS, or "source" as
 * CB_HOST_KEYS), or -1. */
static int host_field(const zend_string *k)
{
	const char *v;
	/* The script's literal keys are usually calbook's own interned strings. */
	if (k == calbook_k.id) return CB_KEY_ID;
	if (k == calbook_k.email) return CB_KEY_EMAIL;
	if (k == calbook_k.name) return CB_KEY_NAME;
	if (k == calbook_k.username) return CB_KEY_USERNAME;
	if (k == calbook_k.time_zone) return CB_KEY_TIME_ZONE;
	if (k == calbook_k.display_email) return CB_KEY_DISPLAY_EMAIL;
	if (k == calbook_k.source) return CB_HOST_KEYS;
	v = ZSTR_VAL(k);
	switch (ZSTR_LEN(k)) {
	case 2: return memcmp(v, "id", 2) == 0 ? CB_KEY_ID : -1;
	case 4: return memcmp(v, "name", 4) == 0 ? CB_KEY_NAME : -1;
	case 5: return memcmp(v, "email", 5) == 0 ? CB_KEY_EMAIL : -1;
	case 6: return memcmp(v, "source", 6) == 0 ? CB_HOST_KEYS : -1;
	case 8: return memcmp(v, "username", 8) == 0 ? CB_KEY_USERNAME : memcmp(v, "timeZone", 8) == 0 ? CB_KEY_TIME_ZONE : -1;
	case 12: return memcmp(v, "displayEmail", 12) == 0 ? CB_KEY_DISPLAY_EMAIL : -1;
	default: return -1;
	}
}

/* Finds the host in a booking, a payload, or a host array itself ({id, email, name, ...},
 * e.g. extractHost()'s result, whose `source` string is kept in *source). */
bool hm_find_host(zval *input, cb_host *host, zval **source)
{
	HashTable *ht = Z_ARRVAL_P(input);
	cb_host_fields f;
	zend_string *k;
	zval *v, *src = NULL;
	int i;

	*source = NULL;
	/* A list of bookings (recurring), or a booking / webhook body: extract. */
	if (zend_hash_num_elements(ht) > 0 && zend_array_is_list(ht)) {
		return cb_host_extract(&calbook_zval_ops, input, host) != 0;
	}
	f.id_type = CB_NODE_OTHER;
	for (i = 0; i < CB_HOST_KEYS; i++) {
		f.str[i].s = NULL;
	}
	/* One pass over the keys: a booking's field means extraction, else collect the host's. */
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, k, v) {
		if (k == NULL) {
			continue;
		}
		i = host_field(k);
		if (i < 0) {
			if (is_booking_key(k)) {
				return cb_host_extract(&calbook_zval_ops, input, host) != 0;
			}
			continue;
		}
		ZVAL_DEREF(v);
		if (i == CB_KEY_ID) {
			f.id_type = calbook_zval_node_type(v);
			if (Z_TYPE_P(v) == IS_LONG) {
				f.id_int = (int64_t)Z_LVAL_P(v);
			} else if (Z_TYPE_P(v) == IS_STRING) {
				f.id_str = Z_STRVAL_P(v);
				f.id_len = Z_STRLEN_P(v);
			}
		} else if (i == CB_HOST_KEYS) {
			src = v;
		} else if (Z_TYPE_P(v) == IS_STRING) {
			f.str[i].s = Z_STRVAL_P(v);
			f.str[i].len = Z_STRLEN_P(v);
			f.str[i].node = v;
		}
	} ZEND_HASH_FOREACH_END();
	/* No booking field: the host itself, or nothing. */
	if (!cb_host_from_fields(&f, CB_SRC_HOST, host)) {
		return false;
	}
	if (src != NULL && Z_TYPE_P(src) == IS_STRING && Z_STRLEN_P(src) > 0 && Z_STRLEN_P(src) < 48
		&& memchr(Z_STRVAL_P(src), '\0', Z_STRLEN_P(src)) == NULL) {
		*source = src;
	}
	return true;
}

void hm_find_host_init(void)
{
	size_t i;

	for (i = 0; i < BOOKING_KEYS; i++) {
		zend_string *k = zend_new_interned_string(zend_string_init(booking_key_names[i], strlen(booking_key_names[i]), 1));
		uint32_t slot = (uint32_t)zend_string_hash_val(k) & (BOOKING_SLOTS - 1);
		while (booking_slots[slot] != NULL) {
			slot = (slot + 1) & (BOOKING_SLOTS - 1);
		}
		booking_slots[slot] = k;
	}
}
