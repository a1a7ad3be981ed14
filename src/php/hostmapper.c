/* Calbook\HostMapper: finds the host of a booking and resolves it to a staff id.
 *
 * Everything is indexed once in the constructor (PHP HashTables keyed by normalized values);
 * a resolution is a handful of hash lookups whatever the size of the staff list. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/cb_zval.h"
#include "core/cb_host.h"
#include "core/cb_norm.h"
#include "php/HostMapper_arginfo.h"

zend_class_entry *calbook_ce_hostmapper;
static zend_object_handlers hostmapper_handlers;

/* Longest name or email that is normalized; longer values never match. */
#define HM_MAX_TEXT 1024
/* Room for a normalized name: case folding and compatibility forms can make it longer than the
 * input (ß -> ss, ligatures); a name whose result does not fit never matches. */
#define HM_NORM_CAP (4 * HM_MAX_TEXT + 1)

typedef struct hm_staff {
	zval id;              /* as the app gave it: IS_LONG or IS_STRING */
	zend_string *company; /* company_id as a string, or NULL */
	bool active;
} hm_staff;

typedef struct hm_mapping {
	uint32_t staff;       /* index into staff[] */
	zend_string *company; /* or NULL */
	bool active;
} hm_mapping;

typedef struct calbook_hostmapper {
	hm_staff *staff;
	uint32_t nstaff;
	hm_mapping *maps;
	uint32_t nmaps;
	HashTable by_id;      /* staff id (as string) -> staff index */
	HashTable by_calcom;  /* calcom_user_id -> index list */
	HashTable by_email;   /* normalized email -> index list */
	HashTable by_name;    /* normalized full name -> index list */
	HashTable by_name_fl; /* "first last" of names with middle names -> index list */
	HashTable by_map;     /* Cal.com host id -> mapping index list */
	zend_string *company; /* options company_id, or NULL */
	zend_long threshold, conf_mapping, conf_calcom, conf_email, conf_name, conf_name_partial;
	bool use_mappings, use_calcom, use_email, use_name;
	bool ready;
	zend_object std;
} calbook_hostmapper;

static inline calbook_hostmapper *hm_from_obj(zend_object *obj)
{
	return (calbook_hostmapper *)((char *)obj - XtOffsetOf(calbook_hostmapper, std));
}
#define Z_HOSTMAPPER_P(zv) hm_from_obj(Z_OBJ_P(zv))

/* ---- index lists: IS_LONG for one index, a packed array of longs for more ---- */

static void list_add(zval *slot, uint32_t idx)
{
	zval v;
	if (Z_TYPE_P(slot) == IS_LONG) {
		zend_long old = Z_LVAL_P(slot);
		if (old == (zend_long)idx) {
			return;
		}
		array_init_size(slot, 2);
		ZVAL_LONG(&v, old);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(slot), &v);
		ZVAL_LONG(&v, idx);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(slot), &v);
		return;
	}
	/* Indexes arrive in increasing order: a repeat can only be the last one. */
	{
		HashTable *ht = Z_ARRVAL_P(slot);
		zval *last = zend_hash_index_find(ht, zend_hash_num_elements(ht) - 1);
		if (last != NULL && Z_LVAL_P(last) == (zend_long)idx) {
			return;
		}
		ZVAL_LONG(&v, idx);
		zend_hash_next_index_insert_new(ht, &v);
	}
}

static void index_str(HashTable *ht, const char *key, size_t len, uint32_t idx)
{
	zval *slot = zend_hash_str_find(ht, key, len), v;
	if (slot == NULL) {
		ZVAL_LONG(&v, idx);
		zend_hash_str_add_new(ht, key, len, &v);
	} else {
		list_add(slot, idx);
	}
}

static void index_num(HashTable *ht, zend_ulong key, uint32_t idx)
{
	zval *slot = zend_hash_index_find(ht, key), v;
	if (slot == NULL) {
		ZVAL_LONG(&v, idx);
		zend_hash_index_add_new(ht, key, &v);
	} else {
		list_add(slot, idx);
	}
}

/* ---- candidate sets (small, on the stack) ---- */

#define HM_MAX_CAND 8
typedef struct hm_cands {
	uint32_t idx[HM_MAX_CAND];
	uint32_t n;      /* distinct candidates kept (at most HM_MAX_CAND) */
	uint32_t total;  /* distinct candidates seen (saturates at HM_MAX_CAND + 1) */
} hm_cands;

static void cands_add(hm_cands *c, uint32_t idx)
{
	uint32_t i;
	for (i = 0; i < c->n; i++) {
		if (c->idx[i] == idx) {
			return;
		}
	}
	if (c->n < HM_MAX_CAND) {
		c->idx[c->n++] = idx;
		c->total = c->n;
	} else {
		c->total = HM_MAX_CAND + 1;
	}
}

static bool staff_eligible(const calbook_hostmapper *hm, uint32_t idx, const zend_string *company)
{
	const hm_staff *s = &hm->staff[idx];
	if (!s->active) {
		return false;
	}
	if (company != NULL && (s->company == NULL || !zend_string_equals(s->company, company))) {
		return false;
	}
	return true;
}

/* Adds the eligible staff of one index list; counts the ones left out. */
static void cands_from_slot(const calbook_hostmapper *hm, const zval *slot, const zend_string *company,
	hm_cands *c, uint32_t *excluded)
{
	zval *v;
	if (slot == NULL) {
		return;
	}
	if (Z_TYPE_P(slot) == IS_LONG) {
		if (staff_eligible(hm, (uint32_t)Z_LVAL_P(slot), company)) {
			cands_add(c, (uint32_t)Z_LVAL_P(slot));
		} else {
			(*excluded)++;
		}
		return;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(slot), v) {
		if (staff_eligible(hm, (uint32_t)Z_LVAL_P(v), company)) {
			cands_add(c, (uint32_t)Z_LVAL_P(v));
		} else {
			(*excluded)++;
		}
	} ZEND_HASH_FOREACH_END();
}

/* ---- normalization helpers ---- */

/* Normalized name in one mode into out[HM_NORM_CAP]; returns its length, or -1 (invalid
 * UTF-8, too long). *umlaut tells whether the other mode differs. */
static long norm_name(const char *s, size_t len, int mode, char *out, int *umlaut)
{
	if (len > HM_MAX_TEXT) {
		*umlaut = 0;
		return -1;
	}
	return cb_norm_name(s, len, mode, out, HM_NORM_CAP, umlaut);
}

/* "first last" of a normalized name with at least three words; returns its length or 0. */
static size_t first_last(const char *norm, size_t len, char *out)
{
	const char *sp1 = memchr(norm, ' ', len), *sp2;
	size_t a, b;
	if (sp1 == NULL) {
		return 0;
	}
	sp2 = zend_memrchr(norm, ' ', len);
	if (sp2 == sp1) {
		return 0;
	}
	a = (size_t)(sp1 - norm);
	b = len - (size_t)(sp2 - norm) - 1;
	memcpy(out, norm, a);
	out[a] = ' ';
	memcpy(out + a + 1, sp2 + 1, b);
	out[a + 1 + b] = '\0';
	return a + 1 + b;
}

static void index_name(calbook_hostmapper *hm, const char *s, size_t len, uint32_t idx)
{
	char buf[HM_NORM_CAP], fl[HM_NORM_CAP];
	int mode, umlaut = 0;
	for (mode = CB_NORM_TRANSLIT; mode <= CB_NORM_STRIP; mode++) {
		long n;
		size_t words, fn;
		if (mode == CB_NORM_STRIP && !umlaut) {
			return; /* the same result as the first mode */
		}
		n = norm_name(s, len, mode, buf, &umlaut);
		if (n <= 0) {
			return;
		}
		words = cb_norm_words(buf, (size_t)n);
		if (words < 2) {
			return;
		}
		index_str(&hm->by_name, buf, (size_t)n, idx);
		if (words >= 3 && (fn = first_last(buf, (size_t)n, fl)) > 0) {
			index_str(&hm->by_name_fl, fl, fn, idx);
		}
	}
}

static void index_email(calbook_hostmapper *hm, const char *s, size_t len, uint32_t idx)
{
	char buf[HM_MAX_TEXT + 1];
	long n;
	if (len > HM_MAX_TEXT) {
		return;
	}
	n = cb_norm_email(s, len, buf, sizeof buf);
	if (n > 0) {
		index_str(&hm->by_email, buf, (size_t)n, idx);
	}
}

/* ---- reading rows (arrays or objects with public properties) ---- */

static HashTable *row_table(zval *row)
{
	if (Z_TYPE_P(row) == IS_ARRAY) {
		return Z_ARRVAL_P(row);
	}
	if (Z_TYPE_P(row) == IS_OBJECT) {
		return Z_OBJ_HT_P(row)->get_properties(Z_OBJ_P(row));
	}
	return NULL;
}

static zval *row_get(HashTable *ht, const char *name)
{
	zval *v = zend_hash_str_find(ht, name, strlen(name));
	if (v == NULL) {
		return NULL;
	}
	if (Z_TYPE_P(v) == IS_INDIRECT) {
		v = Z_INDIRECT_P(v);
		if (Z_TYPE_P(v) == IS_UNDEF) {
			return NULL;
		}
	}
	ZVAL_DEREF(v);
	return v;
}

/* "staff[3]" or "staff['abc']" */
static zend_string *row_label(const char *what, zend_ulong h, zend_string *key)
{
	if (key != NULL) {
		return zend_strpprintf(0, "%s['%s']", what, ZSTR_VAL(key));
	}
	return zend_strpprintf(0, "%s[" ZEND_ULONG_FMT "]", what, h);
}

static void throw_field(zend_string *label, const char *field, const char *want, zval *given)
{
	calbook_throw(calbook_ce_invalid_argument, "%s.%s must be %s, %s given", ZSTR_VAL(label), field, want,
		given ? zend_zval_type_name(given) : "nothing");
}

/* An id: a non-empty string or an int. Returns false after throwing. */
static bool read_staff_id(zend_string *label, const char *field, zval *v, zval *out)
{
	if (v != NULL && Z_TYPE_P(v) == IS_LONG) {
		ZVAL_LONG(out, Z_LVAL_P(v));
		return true;
	}
	if (v != NULL && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0) {
		ZVAL_STR_COPY(out, Z_STR_P(v));
		return true;
	}
	throw_field(label, field, "a non-empty string or an int", v);
	return false;
}

/* company_id: int, string or null -> string or NULL. Returns false after throwing. */
static bool read_company(zend_string *label, const char *field, zval *v, zend_string **out)
{
	*out = NULL;
	if (v == NULL || Z_TYPE_P(v) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(v) == IS_LONG) {
		*out = zend_long_to_str(Z_LVAL_P(v));
		return true;
	}
	if (Z_TYPE_P(v) == IS_STRING) {
		*out = zend_string_copy(Z_STR_P(v));
		return true;
	}
	throw_field(label, field, "an int, a string or null", v);
	return false;
}

/* is_active: bool, 0/1, "0"/"1"/"true"/"false"; absent means active. */
static bool read_active(zend_string *label, zval *v, bool *out)
{
	*out = true;
	if (v == NULL) {
		return true;
	}
	switch (Z_TYPE_P(v)) {
	case IS_TRUE: return true;
	case IS_FALSE: case IS_NULL: *out = false; return true;
	case IS_LONG:
		if (Z_LVAL_P(v) == 0 || Z_LVAL_P(v) == 1) {
			*out = Z_LVAL_P(v) == 1;
			return true;
		}
		break;
	case IS_STRING:
		if (zend_string_equals_literal(Z_STR_P(v), "1") || zend_string_equals_literal(Z_STR_P(v), "true")) {
			return true;
		}
		if (zend_string_equals_literal(Z_STR_P(v), "0") || zend_string_equals_literal(Z_STR_P(v), "false")
			|| Z_STRLEN_P(v) == 0) {
			*out = false;
			return true;
		}
		break;
	}
	throw_field(label, "is_active", "a bool, 0 or 1", v);
	return false;
}

/* A Cal.com user id: positive int or digit string. 1 ok, 0 absent/null, -1 thrown. */
static int read_calcom_id(zend_string *label, const char *field, zval *v, zend_ulong *out)
{
	if (v == NULL || Z_TYPE_P(v) == IS_NULL) {
		return 0;
	}
	if (Z_TYPE_P(v) == IS_LONG && Z_LVAL_P(v) > 0) {
		*out = (zend_ulong)Z_LVAL_P(v);
		return 1;
	}
	if (Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0 && Z_STRLEN_P(v) <= 18) {
		size_t i;
		zend_ulong n = 0;
		for (i = 0; i < Z_STRLEN_P(v); i++) {
			char c = Z_STRVAL_P(v)[i];
			if (c < '0' || c > '9') {
				break;
			}
			n = n * 10 + (zend_ulong)(c - '0');
		}
		if (i == Z_STRLEN_P(v) && n > 0) {
			*out = n;
			return 1;
		}
	}
	throw_field(label, field, "a positive int, a string of digits or null", v);
	return -1;
}

static bool read_opt_string(zend_string *label, const char *field, zval *v, zend_string **out)
{
	*out = NULL;
	if (v == NULL || Z_TYPE_P(v) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(v) == IS_STRING) {
		*out = Z_STR_P(v);
		return true;
	}
	throw_field(label, field, "a string or null", v);
	return false;
}

static zend_string *id_key(const zval *id)
{
	return Z_TYPE_P(id) == IS_LONG ? zend_long_to_str(Z_LVAL_P(id)) : zend_string_copy(Z_STR_P(id));
}

static bool load_staff(calbook_hostmapper *hm, HashTable *rows)
{
	zend_ulong h;
	zend_string *key;
	zval *row;
	uint32_t idx = 0;

	hm->staff = ecalloc(zend_hash_num_elements(rows) + 1, sizeof(hm_staff));
	ZEND_HASH_FOREACH_KEY_VAL(rows, h, key, row) {
		zend_string *label = row_label("staff", h, key), *name, *first, *last, *email, *k;
		HashTable *ht;
		hm_staff *s = &hm->staff[idx];
		zval *v, tmp;
		zend_ulong cid;
		int r;

		ZVAL_DEREF(row);
		ht = row_table(row);
		if (ht == NULL) {
			calbook_throw(calbook_ce_invalid_argument, "%s must be an array or an object, %s given",
				ZSTR_VAL(label), zend_zval_type_name(row));
			zend_string_release(label);
			return false;
		}
		ZVAL_UNDEF(&s->id);
		if (Z_TYPE_P(row) == IS_OBJECT && row_get(ht, "id") == NULL) {
			calbook_throw(calbook_ce_invalid_argument, "%s.id is missing: an object row needs public properties "
				"(pass Eloquent models as ->toArray())", ZSTR_VAL(label));
			goto fail;
		}
		if (!read_staff_id(label, "id", row_get(ht, "id"), &s->id)) {
			goto fail;
		}
		hm->nstaff = idx + 1; /* from here on the row is freed with the object */
		k = id_key(&s->id);
		if (zend_hash_exists(&hm->by_id, k)) {
			calbook_throw(calbook_ce_invalid_argument, "%s.id %s appears twice in the staff list",
				ZSTR_VAL(label), ZSTR_VAL(k));
			zend_string_release(k);
			goto fail;
		}
		ZVAL_LONG(&tmp, idx);
		zend_hash_add_new(&hm->by_id, k, &tmp);
		zend_string_release(k);
		if (!read_company(label, "company_id", row_get(ht, "company_id"), &s->company)
			|| !read_active(label, row_get(ht, "is_active"), &s->active)) {
			goto fail;
		}
		r = read_calcom_id(label, "calcom_user_id", row_get(ht, "calcom_user_id"), &cid);
		if (r < 0) {
			goto fail;
		}
		if (r > 0) {
			index_num(&hm->by_calcom, cid, idx);
		}
		if (!read_opt_string(label, "name", row_get(ht, "name"), &name)
			|| !read_opt_string(label, "first_name", row_get(ht, "first_name"), &first)
			|| !read_opt_string(label, "last_name", row_get(ht, "last_name"), &last)
			|| !read_opt_string(label, "email", row_get(ht, "email"), &email)) {
			goto fail;
		}
		if (name != NULL) {
			index_name(hm, ZSTR_VAL(name), ZSTR_LEN(name), idx);
		}
		if (first != NULL || last != NULL) {
			zend_string *full = zend_strpprintf(0, "%s %s", first ? ZSTR_VAL(first) : "", last ? ZSTR_VAL(last) : "");
			if ((first == NULL || ZSTR_LEN(first) == strlen(ZSTR_VAL(first)))
				&& (last == NULL || ZSTR_LEN(last) == strlen(ZSTR_VAL(last)))) {
				index_name(hm, ZSTR_VAL(full), ZSTR_LEN(full), idx);
			}
			zend_string_release(full);
		}
		if (email != NULL) {
			index_email(hm, ZSTR_VAL(email), ZSTR_LEN(email), idx);
		}
		v = row_get(ht, "aliases");
		if (v != NULL && Z_TYPE_P(v) != IS_NULL) {
			zval *a;
			if (Z_TYPE_P(v) != IS_ARRAY) {
				throw_field(label, "aliases", "an array of strings", v);
				goto fail;
			}
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), a) {
				ZVAL_DEREF(a);
				if (Z_TYPE_P(a) != IS_STRING) {
					throw_field(label, "aliases", "an array of strings", a);
					goto fail;
				}
				if (memchr(Z_STRVAL_P(a), '@', Z_STRLEN_P(a)) != NULL) {
					index_email(hm, Z_STRVAL_P(a), Z_STRLEN_P(a), idx);
				} else {
					index_name(hm, Z_STRVAL_P(a), Z_STRLEN_P(a), idx);
				}
			} ZEND_HASH_FOREACH_END();
		}
		zend_string_release(label);
		idx++;
		continue;
fail:
		zend_string_release(label);
		return false;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool load_mappings(calbook_hostmapper *hm, HashTable *rows)
{
	zend_ulong h;
	zend_string *key;
	zval *row;
	uint32_t n = 0;

	hm->maps = ecalloc(zend_hash_num_elements(rows) + 1, sizeof(hm_mapping));
	ZEND_HASH_FOREACH_KEY_VAL(rows, h, key, row) {
		zend_string *label = row_label("mappings", h, key), *k;
		HashTable *ht;
		hm_mapping *m = &hm->maps[n];
		zend_ulong host_id;
		zval sid, *found;
		int r;

		ZVAL_DEREF(row);
		ht = row_table(row);
		if (ht == NULL) {
			calbook_throw(calbook_ce_invalid_argument, "%s must be an array or an object, %s given",
				ZSTR_VAL(label), zend_zval_type_name(row));
			zend_string_release(label);
			return false;
		}
		r = read_calcom_id(label, "calcom_host_id", row_get(ht, "calcom_host_id"), &host_id);
		if (r == 0) {
			throw_field(label, "calcom_host_id", "a positive int or a string of digits", row_get(ht, "calcom_host_id"));
		}
		if (r <= 0 || !read_staff_id(label, "staff_id", row_get(ht, "staff_id"), &sid)) {
			zend_string_release(label);
			return false;
		}
		if (!read_company(label, "company_id", row_get(ht, "company_id"), &m->company)) {
			zval_ptr_dtor(&sid);
			zend_string_release(label);
			return false;
		}
		hm->nmaps = n + 1;
		if (!read_active(label, row_get(ht, "is_active"), &m->active)) {
			zval_ptr_dtor(&sid);
			zend_string_release(label);
			return false;
		}
		k = id_key(&sid);
		zval_ptr_dtor(&sid);
		found = zend_hash_find(&hm->by_id, k);
		zend_string_release(k);
		zend_string_release(label);
		if (found == NULL) {
			/* A mapping to staff that is not in the list can never be checked: ignore it (the
			 * slot is reused by the next row). */
			if (m->company) {
				zend_string_release(m->company);
				m->company = NULL;
			}
			hm->nmaps = n;
			continue;
		}
		m->staff = (uint32_t)Z_LVAL_P(found);
		index_num(&hm->by_map, host_id, n);
		n++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* ---- options ---- */

static bool opt_int(zend_string *name, zval *v, zend_long *out)
{
	if (Z_TYPE_P(v) != IS_LONG) {
		calbook_throw(calbook_ce_invalid_argument, "options['%s'] must be an int from 0 to 100, %s given",
			ZSTR_VAL(name), zend_zval_type_name(v));
		return false;
	}
	if (Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > 100) {
		calbook_throw(calbook_ce_invalid_argument, "options['%s'] must be an int from 0 to 100, " ZEND_LONG_FMT " given",
			ZSTR_VAL(name), Z_LVAL_P(v));
		return false;
	}
	*out = Z_LVAL_P(v);
	return true;
}

static bool opt_bool(zend_string *name, zval *v, bool *out)
{
	if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		calbook_throw(calbook_ce_invalid_argument, "options['%s'] must be a bool, %s given",
			ZSTR_VAL(name), zend_zval_type_name(v));
		return false;
	}
	*out = Z_TYPE_P(v) == IS_TRUE;
	return true;
}

static bool load_options(calbook_hostmapper *hm, HashTable *opts)
{
	zend_string *name;
	zend_ulong h;
	zval *v;

	ZEND_HASH_FOREACH_KEY_VAL(opts, h, name, v) {
		bool ok;
		ZVAL_DEREF(v);
		if (name == NULL) {
			calbook_throw(calbook_ce_invalid_argument, "options[" ZEND_ULONG_FMT "] is not a known option", h);
			return false;
		}
		if (zend_string_equals_literal(name, "company_id")) {
			if (Z_TYPE_P(v) != IS_NULL && Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_STRING) {
				calbook_throw(calbook_ce_invalid_argument, "options['company_id'] must be an int, a string or null, %s given",
					zend_zval_type_name(v));
				return false;
			}
			if (hm->company) {
				zend_string_release(hm->company);
			}
			ok = read_company(NULL, "company_id", v, &hm->company);
		} else if (zend_string_equals_literal(name, "auto_threshold")) {
			ok = opt_int(name, v, &hm->threshold);
		} else if (zend_string_equals_literal(name, "mapping_confidence")) {
			ok = opt_int(name, v, &hm->conf_mapping);
		} else if (zend_string_equals_literal(name, "calcom_user_id_confidence")) {
			ok = opt_int(name, v, &hm->conf_calcom);
		} else if (zend_string_equals_literal(name, "email_confidence")) {
			ok = opt_int(name, v, &hm->conf_email);
		} else if (zend_string_equals_literal(name, "name_confidence")) {
			ok = opt_int(name, v, &hm->conf_name);
		} else if (zend_string_equals_literal(name, "name_partial_confidence")) {
			ok = opt_int(name, v, &hm->conf_name_partial);
		} else if (zend_string_equals_literal(name, "use_mappings")) {
			ok = opt_bool(name, v, &hm->use_mappings);
		} else if (zend_string_equals_literal(name, "use_calcom_user_id")) {
			ok = opt_bool(name, v, &hm->use_calcom);
		} else if (zend_string_equals_literal(name, "use_email")) {
			ok = opt_bool(name, v, &hm->use_email);
		} else if (zend_string_equals_literal(name, "use_name")) {
			ok = opt_bool(name, v, &hm->use_name);
		} else {
			calbook_throw(calbook_ce_invalid_argument, "options['%s'] is not a known option", ZSTR_VAL(name));
			return false;
		}
		if (!ok) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* ---- context ---- */

typedef struct hm_context {
	zend_string *company; /* owned, or NULL */
	bool explain;
} hm_context;

static bool load_context(calbook_hostmapper *hm, HashTable *ctx, hm_context *out)
{
	zend_string *name;
	zend_ulong h;
	zval *v;
	bool have_company = false;

	out->company = NULL;
	out->explain = false;
	if (ctx != NULL) {
		ZEND_HASH_FOREACH_KEY_VAL(ctx, h, name, v) {
			ZVAL_DEREF(v);
			if (name != NULL && zend_string_equals_literal(name, "company_id")) {
				if (Z_TYPE_P(v) != IS_NULL && Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_STRING) {
					calbook_throw(calbook_ce_invalid_argument, "context['company_id'] must be an int, a string or null, %s given",
						zend_zval_type_name(v));
					goto fail;
				}
				if (out->company) {
					zend_string_release(out->company);
				}
				read_company(NULL, "company_id", v, &out->company);
				have_company = true;
			} else if (name != NULL && zend_string_equals_literal(name, "explain")) {
				if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
					calbook_throw(calbook_ce_invalid_argument, "context['explain'] must be a bool, %s given",
						zend_zval_type_name(v));
					goto fail;
				}
				out->explain = Z_TYPE_P(v) == IS_TRUE;
			} else {
				if (name != NULL) {
					calbook_throw(calbook_ce_invalid_argument, "context['%s'] is not a known key (company_id, explain)", ZSTR_VAL(name));
				} else {
					calbook_throw(calbook_ce_invalid_argument, "context[" ZEND_ULONG_FMT "] is not a known key (company_id, explain)", h);
				}
				goto fail;
			}
		} ZEND_HASH_FOREACH_END();
	}
	/* The context wins; a context company_id of null means "no tenant filter" only when
	 * the options have none either. */
	if ((!have_company || out->company == NULL) && hm->company != NULL) {
		if (out->company) {
			zend_string_release(out->company);
		}
		out->company = zend_string_copy(hm->company);
	}
	return true;
fail:
	if (out->company) {
		zend_string_release(out->company);
		out->company = NULL;
	}
	return false;
}

/* ---- resolution ---- */

typedef struct hm_result {
	bool explain;     /* build the notes of failed strategies (else only a match's reason) */
	bool matched;
	uint32_t staff;
	zend_long confidence;
	const char *source;
	smart_str reason; /* for a match: why; otherwise the notes of each strategy */
} hm_result;

/* Text is only collected for a match's reason, or for the notes in explain mode. */
static inline bool wants_text(const hm_result *r)
{
	return r->matched || r->explain;
}

static void rs(hm_result *r, const char *s)
{
	if (wants_text(r)) {
		smart_str_appends(&r->reason, s);
	}
}

static void rc(hm_result *r, char c)
{
	if (wants_text(r)) {
		smart_str_appendc(&r->reason, c);
	}
}

static void rf(hm_result *r, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);
static void rf(hm_result *r, const char *fmt, ...)
{
	va_list ap;
	zend_string *t;
	if (!wants_text(r)) {
		return;
	}
	va_start(ap, fmt);
	t = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	smart_str_append(&r->reason, t);
	zend_string_release(t);
}

static void note(hm_result *r, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);
static void note(hm_result *r, const char *fmt, ...)
{
	va_list ap;
	zend_string *t;
	if (!r->explain) {
		return;
	}
	if (r->reason.s != NULL && ZSTR_LEN(r->reason.s) > 0) {
		smart_str_appends(&r->reason, "; ");
	}
	va_start(ap, fmt);
	t = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	smart_str_append(&r->reason, t);
	zend_string_release(t);
}

/* Appends a value for a message: at most 80 bytes, cut on a UTF-8 boundary. */
static void note_value(hm_result *r, const char *s, size_t len)
{
	if (!wants_text(r)) {
		return;
	}
	if (len > 80) {
		len = 80;
		while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80) {
			len--;
		}
		smart_str_appendl(&r->reason, s, len);
		smart_str_appends(&r->reason, "...");
	} else {
		smart_str_appendl(&r->reason, s, len);
	}
}

static void note_ids(calbook_hostmapper *hm, hm_result *r, const hm_cands *c)
{
	uint32_t i;
	if (!wants_text(r)) {
		return;
	}
	smart_str_appendc(&r->reason, '(');
	for (i = 0; i < c->n; i++) {
		zval *id = &hm->staff[c->idx[i]].id;
		if (i > 0) {
			smart_str_appends(&r->reason, ", ");
		}
		if (Z_TYPE_P(id) == IS_LONG) {
			smart_str_append_long(&r->reason, Z_LVAL_P(id));
		} else {
			note_value(r, Z_STRVAL_P(id), Z_STRLEN_P(id));
		}
	}
	if (c->total > c->n) {
		smart_str_appends(&r->reason, ", ...");
	}
	smart_str_appendc(&r->reason, ')');
}

static void set_match(hm_result *r, uint32_t staff, zend_long conf, const char *source)
{
	r->matched = true;
	r->staff = staff;
	r->confidence = conf;
	r->source = source;
	smart_str_free(&r->reason);
}

static bool below_threshold(calbook_hostmapper *hm, hm_result *r, const char *what, zend_long conf)
{
	if (conf < hm->threshold) {
		note(r, "%s match has confidence " ZEND_LONG_FMT ", below auto_threshold " ZEND_LONG_FMT, what, conf, hm->threshold);
		return true;
	}
	return false;
}

/* Adds the staff of one mapping when the mapping and its staff are active and of the company. */
static void map_cand(const calbook_hostmapper *hm, uint32_t mi, const zend_string *company, hm_cands *c, uint32_t *excluded)
{
	const hm_mapping *m = &hm->maps[mi];
	if (m->active && (company == NULL || m->company == NULL || zend_string_equals(m->company, company))
		&& staff_eligible(hm, m->staff, company)) {
		cands_add(c, m->staff);
	} else {
		(*excluded)++;
	}
}

/* "3", or "more than 8" once the candidate set is full. */
static const char *count_str(const hm_cands *c, char *buf)
{
	if (c->total > HM_MAX_CAND) {
		snprintf(buf, 24, "more than %d", HM_MAX_CAND);
	} else {
		snprintf(buf, 24, "%u", c->total);
	}
	return buf;
}

static void resolve_host(calbook_hostmapper *hm, const cb_host *host, const zend_string *company, hm_result *r)
{
	char cnt[24];
	hm_cands c;
	uint32_t excluded;

	/* 1. A known mapping of this Cal.com host for this company. */
	if (hm->use_mappings && host->has_id) {
		zval *slot = zend_hash_index_find(&hm->by_map, (zend_ulong)host->id), *v;
		memset(&c, 0, sizeof c);
		excluded = 0;
		if (slot != NULL && Z_TYPE_P(slot) == IS_LONG) {
			map_cand(hm, (uint32_t)Z_LVAL_P(slot), company, &c, &excluded);
		} else if (slot != NULL) {
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(slot), v) {
				map_cand(hm, (uint32_t)Z_LVAL_P(v), company, &c, &excluded);
			} ZEND_HASH_FOREACH_END();
		}
		if (c.total == 1) {
			if (!below_threshold(hm, r, "mapping", hm->conf_mapping)) {
				set_match(r, c.idx[0], hm->conf_mapping, "mapping");
				rf(r, "known mapping of Cal.com host %" PRId64, host->id);
				return;
			}
		} else if (c.total > 1) {
			note(r, "mapping: Cal.com host %" PRId64 " is mapped to %s staff ", host->id, count_str(&c, cnt));
			note_ids(hm, r, &c);
		} else if (excluded > 0) {
			note(r, "mapping: the mappings of Cal.com host %" PRId64 " are inactive, or point to inactive staff or staff of another company", host->id);
		} else {
			note(r, "mapping: none for Cal.com host %" PRId64, host->id);
		}
	}

	/* 2. The staff row's own calcom_user_id. */
	if (hm->use_calcom && host->has_id) {
		memset(&c, 0, sizeof c);
		excluded = 0;
		cands_from_slot(hm, zend_hash_index_find(&hm->by_calcom, (zend_ulong)host->id), company, &c, &excluded);
		if (c.total == 1) {
			if (!below_threshold(hm, r, "calcom_user_id", hm->conf_calcom)) {
				set_match(r, c.idx[0], hm->conf_calcom, "calcom_user_id");
				rf(r, "staff calcom_user_id is %" PRId64, host->id);
				return;
			}
		} else if (c.total > 1) {
			note(r, "calcom_user_id: %" PRId64 " belongs to %s staff ", host->id, count_str(&c, cnt));
			note_ids(hm, r, &c);
		} else if (excluded > 0) {
			note(r, "calcom_user_id: %" PRId64 " belongs only to inactive staff or staff of another company", host->id);
		} else {
			note(r, "calcom_user_id: no staff has %" PRId64, host->id);
		}
	} else if (hm->use_calcom) {
		note(r, "calcom_user_id: the host has no id");
	}

	/* 3. Email. */
	if (hm->use_email) {
		if (host->email == NULL) {
			note(r, "email: the host has none");
		} else {
			char buf[HM_MAX_TEXT + 1];
			long n = host->email_len > HM_MAX_TEXT ? -1 : cb_norm_email(host->email, host->email_len, buf, sizeof buf);
			if (n <= 0) {
				note(r, "email: the host's email is not a valid address");
			} else {
				memset(&c, 0, sizeof c);
				excluded = 0;
				cands_from_slot(hm, zend_hash_str_find(&hm->by_email, buf, (size_t)n), company, &c, &excluded);
				if (c.total == 1) {
					if (!below_threshold(hm, r, "email", hm->conf_email)) {
						set_match(r, c.idx[0], hm->conf_email, "email");
						rs(r, "exact email match: ");
						note_value(r, buf, (size_t)n);
						return;
					}
				} else if (c.total > 1) {
					note(r, "email: ");
					note_value(r, buf, (size_t)n);
					rf(r, " belongs to %s staff ", count_str(&c, cnt));
					note_ids(hm, r, &c);
				} else if (excluded > 0) {
					note(r, "email: ");
					note_value(r, buf, (size_t)n);
					rs(r, " belongs only to inactive staff or staff of another company");
				} else {
					note(r, "email: no staff has ");
					note_value(r, buf, (size_t)n);
				}
			}
		}
	}

	/* 4. Name. */
	if (hm->use_name) {
		char buf[2][HM_NORM_CAP], fl[2][HM_NORM_CAP];
		long n[2];
		size_t fln[2] = {0, 0}, words;
		hm_cands partial;
		uint32_t pexcluded = 0;
		int mode, modes, umlaut = 0;

		if (host->name == NULL) {
			note(r, "name: the host has none");
			return;
		}
		n[0] = norm_name(host->name, host->name_len, CB_NORM_TRANSLIT, buf[0], &umlaut);
		n[1] = n[0] < 0 || !umlaut ? n[0] : norm_name(host->name, host->name_len, CB_NORM_STRIP, buf[1], &umlaut);
		if (n[0] < 0 || n[1] < 0) {
			note(r, "name: the host's name is not valid UTF-8 or too long");
			return;
		}
		modes = umlaut ? 2 : 1;
		words = cb_norm_words(buf[0], (size_t)n[0]);
		if (words < 2) {
			note(r, "name: '");
			note_value(r, buf[0], (size_t)n[0]);
			rs(r, "' is a single name, not enough to match");
			return;
		}
		memset(&c, 0, sizeof c);
		memset(&partial, 0, sizeof partial);
		excluded = 0;
		for (mode = 0; mode < modes; mode++) {
			cands_from_slot(hm, zend_hash_str_find(&hm->by_name, buf[mode], (size_t)n[mode]), company, &c, &excluded);
			if (words >= 3) {
				fln[mode] = first_last(buf[mode], (size_t)n[mode], fl[mode]);
			}
		}
		if (c.total == 1) {
			if (!below_threshold(hm, r, "name", hm->conf_name)) {
				set_match(r, c.idx[0], hm->conf_name, "name");
				rs(r, "name match: ");
				note_value(r, buf[0], (size_t)n[0]);
			}
			return;
		}
		if (c.total > 1) {
			note(r, "name: '");
			note_value(r, buf[0], (size_t)n[0]);
			rf(r, "' matches %s staff equally well ", count_str(&c, cnt));
			note_ids(hm, r, &c);
			return;
		}
		/* A middle name on one side only. */
		for (mode = 0; mode < modes; mode++) {
			cands_from_slot(hm, zend_hash_str_find(&hm->by_name_fl, buf[mode], (size_t)n[mode]), company, &partial, &pexcluded);
			if (fln[mode] > 0) {
				cands_from_slot(hm, zend_hash_str_find(&hm->by_name, fl[mode], fln[mode]), company, &partial, &pexcluded);
			}
		}
		if (partial.total == 1) {
			if (!below_threshold(hm, r, "name (middle name on one side only)", hm->conf_name_partial)) {
				set_match(r, partial.idx[0], hm->conf_name_partial, "name");
				rs(r, "name match with a middle name on one side only: ");
				note_value(r, buf[0], (size_t)n[0]);
			} else {
				rs(r, ": staff ");
				note_ids(hm, r, &partial);
			}
			return;
		}
		if (partial.total > 1) {
			note(r, "name: '");
			note_value(r, buf[0], (size_t)n[0]);
			rf(r, "' matches %s staff equally well (middle names) ", count_str(&partial, cnt));
			note_ids(hm, r, &partial);
			return;
		}
		if (excluded + pexcluded > 0) {
			note(r, "name: '");
			note_value(r, buf[0], (size_t)n[0]);
			rs(r, "' matches only inactive staff or staff of another company");
		} else {
			note(r, "name: no staff is called '");
			note_value(r, buf[0], (size_t)n[0]);
			rc(r, '\'');
		}
	}
}

/* Finds the host in a booking, a payload, or a host array itself. */
/* Fields only a booking or a webhook body has; an array with one of them is never a host. */
static const char *const booking_key_names[] = {
	"uid", "status", "data", "payload", "hosts", "organizer", "user", "userId", "attendees", "title",
	"start", "startTime", "eventTypeId", "eventType", "triggerEvent", "bookingUid", "responses", NULL
};
static zend_string *booking_keys[sizeof(booking_key_names) / sizeof(booking_key_names[0])];

/* Finds the host in a booking, a payload, or a host array itself ({id, email, name, ...},
 * e.g. extractHost()'s result). */
static bool find_host(zval *input, cb_host *host)
{
	HashTable *ht = Z_ARRVAL_P(input);
	zend_string **k;
	const zval *src;
	const char *s;
	size_t len;

	/* A list of bookings (recurring), or a booking / webhook body: extract. */
	if (zend_hash_num_elements(ht) > 0 && zend_array_is_list(ht)) {
		return cb_host_extract(&calbook_zval_ops, input, host) != 0;
	}
	for (k = booking_keys; *k != NULL; k++) {
		if (zend_hash_exists(ht, *k)) {
			return cb_host_extract(&calbook_zval_ops, input, host) != 0;
		}
	}
	/* No booking field: the host itself, or nothing. */
	if (!cb_host_read(&calbook_zval_ops, input, "host", host)) {
		return false;
	}
	src = calbook_zval_ops.member(input, "source");
	if (src != NULL && calbook_zval_ops.string(src, &s, &len) == 0 && len > 0 && len < sizeof host->source
		&& memchr(s, '\0', len) == NULL) {
		memcpy(host->source, s, len);
		host->source[len] = '\0';
	}
	return true;
}

/* Resolves one input into rv (an array, or null). Returns the host's id through *host_out. */
static void hm_resolve(calbook_hostmapper *hm, zval *input, const hm_context *ctx, zval *rv, cb_host *host_out)
{
	cb_host host;
	hm_result r;
	HashTable *ht;
	zval v;

	memset(&r, 0, sizeof r);
	r.explain = ctx->explain;
	if (!find_host(input, &host)) {
		memset(host_out, 0, sizeof *host_out);
		if (!ctx->explain) {
			ZVAL_NULL(rv);
			return;
		}
		note(&r, "no host found in the booking");
	} else {
		*host_out = host;
		resolve_host(hm, &host, ctx->company, &r);
		if (!r.matched && !ctx->explain) {
			smart_str_free(&r.reason);
			ZVAL_NULL(rv);
			return;
		}
	}
	smart_str_0(&r.reason);
	array_init_size(rv, 6);
	ht = Z_ARRVAL_P(rv);
	if (r.matched) {
		ZVAL_COPY(&v, &hm->staff[r.staff].id);
		zend_hash_add_new(ht, calbook_k.staff_id, &v);
		ZVAL_LONG(&v, r.confidence);
		zend_hash_add_new(ht, calbook_k.confidence, &v);
		ZVAL_STRING(&v, r.source);
		zend_hash_add_new(ht, calbook_k.source, &v);
	} else {
		zend_hash_add_empty_element(ht, calbook_k.staff_id);
		ZVAL_LONG(&v, 0);
		zend_hash_add_new(ht, calbook_k.confidence, &v);
		zend_hash_add_empty_element(ht, calbook_k.source);
	}
	if (r.reason.s != NULL) {
		ZVAL_STR(&v, r.reason.s);
	} else {
		ZVAL_EMPTY_STRING(&v);
	}
	zend_hash_add_new(ht, calbook_k.reason, &v);
	if (host_out->source[0] != '\0') {
		calbook_host_to_zval(host_out, &v);
	} else {
		ZVAL_NULL(&v);
	}
	zend_hash_add_new(ht, calbook_k.host, &v);
	ZVAL_BOOL(&v, r.matched && strcmp(r.source, "mapping") != 0);
	zend_hash_add_new(ht, calbook_k.new_mapping, &v);
}

static bool hm_ready(calbook_hostmapper *hm)
{
	if (!hm->ready) {
		calbook_throw(calbook_ce_runtime, "Calbook\\HostMapper was not constructed");
		return false;
	}
	return true;
}

/* ---- methods ---- */

ZEND_METHOD(Calbook_HostMapper, __construct)
{
	HashTable *staff, *mappings = NULL, *options = NULL;
	calbook_hostmapper *hm = Z_HOSTMAPPER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ARRAY_HT(staff)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(mappings)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (hm->ready || hm->staff != NULL) {
		calbook_throw(calbook_ce_runtime, "Calbook\\HostMapper is already constructed");
		RETURN_THROWS();
	}
	if ((options && !load_options(hm, options)) || !load_staff(hm, staff)
		|| (mappings && !load_mappings(hm, mappings))) {
		RETURN_THROWS();
	}
	hm->ready = true;
}

ZEND_METHOD(Calbook_HostMapper, extractHost)
{
	zval *booking;
	cb_host h;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(booking)
	ZEND_PARSE_PARAMETERS_END();

	if (!cb_host_extract(&calbook_zval_ops, booking, &h)) {
		RETURN_NULL();
	}
	calbook_host_to_zval(&h, return_value);
}

ZEND_METHOD(Calbook_HostMapper, resolve)
{
	zval *input;
	HashTable *context = NULL;
	calbook_hostmapper *hm = Z_HOSTMAPPER_P(ZEND_THIS);
	hm_context ctx;
	cb_host host;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY(input)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(context)
	ZEND_PARSE_PARAMETERS_END();

	if (!hm_ready(hm) || !load_context(hm, context, &ctx)) {
		RETURN_THROWS();
	}
	hm_resolve(hm, input, &ctx, return_value, &host);
	if (ctx.company) {
		zend_string_release(ctx.company);
	}
}

static bool same_id(const zval *a, const zval *b)
{
	zend_string *x, *y;
	bool eq;
	if (Z_TYPE_P(a) == IS_LONG && Z_TYPE_P(b) == IS_LONG) {
		return Z_LVAL_P(a) == Z_LVAL_P(b);
	}
	x = zval_get_string((zval *)a);
	y = zval_get_string((zval *)b);
	eq = zend_string_equals(x, y);
	zend_string_release(x);
	zend_string_release(y);
	return eq;
}

ZEND_METHOD(Calbook_HostMapper, assign)
{
	zval *booking, pref, *preferred = &pref, match, v, *sid = NULL;
	zend_string *pref_str = NULL;
	zend_long pref_long = 0;
	bool pref_null = false;
	HashTable *context = NULL, *ht;
	calbook_hostmapper *hm = Z_HOSTMAPPER_P(ZEND_THIS);
	hm_context ctx;
	cb_host host;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_ARRAY(booking)
		Z_PARAM_STR_OR_LONG_OR_NULL(pref_str, pref_long, pref_null)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(context)
	ZEND_PARSE_PARAMETERS_END();

	if (pref_null) {
		ZVAL_NULL(&pref);
	} else if (pref_str != NULL) {
		ZVAL_STR(&pref, pref_str); /* borrowed: copied below */
	} else {
		ZVAL_LONG(&pref, pref_long);
	}

	if (!hm_ready(hm) || !load_context(hm, context, &ctx)) {
		RETURN_THROWS();
	}
	hm_resolve(hm, booking, &ctx, &match, &host);
	if (ctx.company) {
		zend_string_release(ctx.company);
	}
	if (Z_TYPE(match) == IS_ARRAY) {
		sid = zend_hash_find(Z_ARRVAL(match), calbook_k.staff_id);
		if (sid != NULL && Z_TYPE_P(sid) == IS_NULL) {
			sid = NULL;
		}
	}
	array_init_size(return_value, 5);
	ht = Z_ARRVAL_P(return_value);
	if (sid != NULL) {
		ZVAL_COPY(&v, sid);
	} else {
		ZVAL_NULL(&v);
	}
	zend_hash_add_new(ht, calbook_k.staff_id, &v);
	if (host.has_id) {
		ZVAL_LONG(&v, (zend_long)host.id);
	} else {
		ZVAL_NULL(&v);
	}
	zend_hash_add_new(ht, calbook_k.calcom_host_id, &v);
	ZVAL_COPY(&v, preferred);
	zend_hash_add_new(ht, calbook_k.preferred_staff_id, &v);
	ZVAL_BOOL(&v, sid != NULL && Z_TYPE_P(preferred) != IS_NULL && same_id(sid, preferred));
	zend_hash_add_new(ht, calbook_k.preference_met, &v);
	zend_hash_add_new(ht, calbook_k.match, &match);
}

static bool resolve_many_one(calbook_hostmapper *hm, const hm_context *ctx, zval *key, zval *val, HashTable *out)
{
	zval res;
	cb_host host;

	ZVAL_DEREF(val);
	if (Z_TYPE_P(val) != IS_ARRAY) {
		if (Z_TYPE_P(key) == IS_LONG) {
			calbook_throw(calbook_ce_invalid_argument, "bookings[" ZEND_LONG_FMT "] must be an array, %s given",
				Z_LVAL_P(key), zend_zval_type_name(val));
		} else {
			calbook_throw(calbook_ce_invalid_argument, "bookings['%s'] must be an array, %s given",
				Z_STRVAL_P(key), zend_zval_type_name(val));
		}
		return false;
	}
	hm_resolve(hm, val, ctx, &res, &host);
	if (Z_TYPE_P(key) == IS_LONG) {
		zend_hash_index_update(out, (zend_ulong)Z_LVAL_P(key), &res);
	} else {
		zend_symtable_update(out, Z_STR_P(key), &res);
	}
	return true;
}

ZEND_METHOD(Calbook_HostMapper, resolveMany)
{
	zval *bookings;
	HashTable *context = NULL;
	calbook_hostmapper *hm = Z_HOSTMAPPER_P(ZEND_THIS);
	hm_context ctx;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ITERABLE(bookings)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(context)
	ZEND_PARSE_PARAMETERS_END();

	if (!hm_ready(hm) || !load_context(hm, context, &ctx)) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(bookings) == IS_ARRAY) {
		zend_ulong h;
		zend_string *k;
		zval *val, key;
		array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(bookings)));
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(bookings), h, k, val) {
			if (k != NULL) {
				ZVAL_STR(&key, k);
			} else {
				ZVAL_LONG(&key, (zend_long)h);
			}
			if (!resolve_many_one(hm, &ctx, &key, val, Z_ARRVAL_P(return_value))) {
				goto fail;
			}
		} ZEND_HASH_FOREACH_END();
	} else {
		zend_object_iterator *it;
		zend_class_entry *ce = Z_OBJCE_P(bookings);

		array_init(return_value);
		it = ce->get_iterator(ce, bookings, 0);
		if (it == NULL || EG(exception)) {
			if (it) {
				zend_iterator_dtor(it);
			}
			goto fail;
		}
		if (it->funcs->rewind) {
			it->funcs->rewind(it);
		}
		while (!EG(exception) && it->funcs->valid(it) == SUCCESS) {
			zval *val, key;
			if (EG(exception)) {
				break;
			}
			val = it->funcs->get_current_data(it);
			if (EG(exception) || val == NULL) {
				break;
			}
			if (it->funcs->get_current_key) {
				it->funcs->get_current_key(it, &key);
				if (EG(exception)) {
					zval_ptr_dtor(&key);
					break;
				}
			} else {
				ZVAL_LONG(&key, (zend_long)it->index);
			}
			if (Z_TYPE(key) != IS_LONG && Z_TYPE(key) != IS_STRING) {
				calbook_throw(calbook_ce_invalid_argument, "bookings: keys must be ints or strings, %s given",
					zend_zval_type_name(&key));
				zval_ptr_dtor(&key);
				break;
			}
			if (!resolve_many_one(hm, &ctx, &key, val, Z_ARRVAL_P(return_value))) {
				zval_ptr_dtor(&key);
				break;
			}
			zval_ptr_dtor(&key);
			it->index++;
			it->funcs->move_forward(it);
		}
		zend_iterator_dtor(it);
		if (EG(exception)) {
			goto fail;
		}
	}
	if (ctx.company) {
		zend_string_release(ctx.company);
	}
	return;
fail:
	if (ctx.company) {
		zend_string_release(ctx.company);
	}
	zval_ptr_dtor(return_value);
	ZVAL_NULL(return_value);
	RETURN_THROWS();
}

/* ---- object handlers ---- */

static zend_object *hostmapper_create(zend_class_entry *ce)
{
	calbook_hostmapper *hm = zend_object_alloc(sizeof(calbook_hostmapper), ce);

	zend_object_std_init(&hm->std, ce);
	object_properties_init(&hm->std, ce);
	hm->std.handlers = &hostmapper_handlers;
	zend_hash_init(&hm->by_id, 0, NULL, NULL, 0);
	zend_hash_init(&hm->by_calcom, 0, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&hm->by_email, 0, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&hm->by_name, 0, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&hm->by_name_fl, 0, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&hm->by_map, 0, NULL, ZVAL_PTR_DTOR, 0);
	hm->threshold = 75;
	hm->conf_mapping = 100;
	hm->conf_calcom = 100;
	hm->conf_email = 95;
	hm->conf_name = 75;
	hm->conf_name_partial = 70;
	hm->use_mappings = hm->use_calcom = hm->use_email = hm->use_name = true;
	return &hm->std;
}

static void hostmapper_free(zend_object *obj)
{
	calbook_hostmapper *hm = hm_from_obj(obj);
	uint32_t i;

	if (hm->staff) {
		for (i = 0; i < hm->nstaff; i++) {
			zval_ptr_dtor(&hm->staff[i].id);
			if (hm->staff[i].company) {
				zend_string_release(hm->staff[i].company);
			}
		}
		efree(hm->staff);
	}
	if (hm->maps) {
		for (i = 0; i < hm->nmaps; i++) {
			if (hm->maps[i].company) {
				zend_string_release(hm->maps[i].company);
			}
		}
		efree(hm->maps);
	}
	if (hm->company) {
		zend_string_release(hm->company);
	}
	zend_hash_destroy(&hm->by_id);
	zend_hash_destroy(&hm->by_calcom);
	zend_hash_destroy(&hm->by_email);
	zend_hash_destroy(&hm->by_name);
	zend_hash_destroy(&hm->by_name_fl);
	zend_hash_destroy(&hm->by_map);
	zend_object_std_dtor(obj);
}

void calbook_register_hostmapper(void)
{
	size_t i;

	calbook_zval_init();
	for (i = 0; booking_key_names[i] != NULL; i++) {
		booking_keys[i] = zend_new_interned_string(zend_string_init(booking_key_names[i], strlen(booking_key_names[i]), 1));
	}
	booking_keys[i] = NULL;
	calbook_ce_hostmapper = register_class_Calbook_HostMapper();
	calbook_ce_hostmapper->create_object = hostmapper_create;
	memcpy(&hostmapper_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	hostmapper_handlers.offset = XtOffsetOf(calbook_hostmapper, std);
	hostmapper_handlers.free_obj = hostmapper_free;
	hostmapper_handlers.clone_obj = NULL;
	hostmapper_handlers.compare = zend_objects_not_comparable;
}
