/* Calbook\HostMapper: reading the staff and mapping rows, the options and the per-call context,
 * and building the indexes. The constructor validates every row and indexes ids; emails and
 * names are normalized and indexed when a resolution first needs them, so constructing a mapper
 * for one request costs little more than reading its rows. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php/exceptions.h"
#include "php/hostmapper.h"
#include "core/cb_norm.h"

/* ---- index lists ---- */

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

static void index_slot(zval *slot, uint32_t idx);

void hm_index_str(HashTable *ht, const char *key, size_t len, uint32_t idx)
{
	zend_string *k = zend_string_init(key, len, 0);
	zval *slot = zend_hash_lookup(ht, k); /* one hash, one probe: a new slot is null */
	zend_string_release(k);
	index_slot(slot, idx);
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

/* ---- normalization ---- */

long hm_norm_name(const char *s, size_t len, int mode, char *out, cb_norm_info *info)
{
	if (len > HM_MAX_TEXT) {
		info->umlaut = 0;
		info->words = 0;
		return -1;
	}
	return cb_norm_name(s, len, mode, out, HM_NORM_CAP, info);
}

size_t hm_first_last(const char *norm, size_t len, char *out)
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
	cb_norm_info info = {0, 0};
	int mode;
	for (mode = CB_NORM_TRANSLIT; mode <= CB_NORM_STRIP; mode++) {
		long n;
		size_t words, fn;
		if (mode == CB_NORM_STRIP && !info.umlaut) {
			return; /* the same result as the first mode */
		}
		n = hm_norm_name(s, len, mode, buf, &info);
		if (n <= 0) {
			return;
		}
		words = info.words;
		if (words < 2) {
			return;
		}
		hm_index_str(&hm->by_name, buf, (size_t)n, idx);
		if (words >= 3 && (fn = hm_first_last(buf, (size_t)n, fl)) > 0) {
			hm_index_str(&hm->by_name_fl, fl, fn, idx);
		}
	}
}

bool hm_email_is_plain(const char *s, size_t len)
{
	/* 1 for the bytes that normalization would change or refuse, 2 for '@' */
	static const unsigned char cls[256] = {
		[0 ... ' '] = 1, ['+'] = 1, ['@'] = 2, ['A' ... 'Z'] = 1, [0x7F ... 0xFF] = 1
	};
	size_t i, at = 0, ats = 0;
	if (len == 0 || len > HM_MAX_TEXT) {
		return false;
	}
	for (i = 0; i < len; i++) {
		unsigned char k = cls[(unsigned char)s[i]];
		if (k == 0) {
			continue;
		}
		if (k == 1) {
			return false;
		}
		ats++;
		at = i;
	}
	return ats == 1 && at > 0 && at < len - 1;
}

static void index_slot(zval *slot, uint32_t idx)
{
	if (Z_TYPE_P(slot) == IS_NULL) {
		ZVAL_LONG(slot, idx);
	} else {
		list_add(slot, idx);
	}
}

static void index_email(calbook_hostmapper *hm, zend_string *email, uint32_t idx)
{
	char buf[HM_MAX_TEXT + 1];
	long n;
	if (hm_email_is_plain(ZSTR_VAL(email), ZSTR_LEN(email))) {
		/* Normalizing would change nothing: the staff's own string is the key. */
		index_slot(zend_hash_lookup(&hm->by_email, email), idx);
		return;
	}
	if (ZSTR_LEN(email) > HM_MAX_TEXT) {
		return;
	}
	n = cb_norm_email(ZSTR_VAL(email), ZSTR_LEN(email), buf, sizeof buf);
	if (n > 0) {
		hm_index_str(&hm->by_email, buf, (size_t)n, idx);
		if (!hm_email_is_plain(buf, (size_t)n)) {
			hm->email_keys_plain = false;
		}
	}
}

static bool is_email(const zend_string *s)
{
	return memchr(ZSTR_VAL(s), '@', ZSTR_LEN(s)) != NULL;
}

/* "first last" of a staff row into full[HM_MAX_TEXT + 1]; 0 when too long to ever match. */
static size_t full_name(const hm_staff *s, char *full)
{
	size_t fl = s->first ? ZSTR_LEN(s->first) : 0, ll = s->last ? ZSTR_LEN(s->last) : 0;
	if (fl + 1 + ll > HM_MAX_TEXT) {
		return 0;
	}
	if (fl) {
		memcpy(full, ZSTR_VAL(s->first), fl);
	}
	full[fl] = ' ';
	if (ll) {
		memcpy(full + fl + 1, ZSTR_VAL(s->last), ll);
	}
	return fl + 1 + ll;
}

/* Indexes every staff row's emails (email, aliases with '@') or names (name, first + last,
 * the other aliases). */
static void index_rows(calbook_hostmapper *hm, bool emails)
{
	char full[HM_MAX_TEXT + 1];
	uint32_t i, a;
	size_t n;

	for (i = 0; i < hm->nstaff; i++) {
		const hm_staff *s = &hm->staff[i];
		if (emails && s->email != NULL) {
			index_email(hm, s->email, i);
		}
		if (!emails && s->name != NULL) {
			index_name(hm, ZSTR_VAL(s->name), ZSTR_LEN(s->name), i);
		}
		if (!emails && (s->first != NULL || s->last != NULL) && (n = full_name(s, full)) > 0) {
			index_name(hm, full, n, i);
		}
		for (a = 0; a < s->naliases; a++) {
			zend_string *alias = s->aliases[a];
			if (is_email(alias) != emails) {
				continue;
			}
			if (emails) {
				index_email(hm, alias, i);
			} else {
				index_name(hm, ZSTR_VAL(alias), ZSTR_LEN(alias), i);
			}
		}
	}
}

void hm_index_emails(calbook_hostmapper *hm)
{
	if (!hm->emails_indexed) {
		hm->emails_indexed = true;
		hm->email_keys_plain = true;
		zend_hash_extend(&hm->by_email, hm->nstaff + 8, 0);
		index_rows(hm, true);
	}
}

void hm_index_names(calbook_hostmapper *hm)
{
	if (!hm->names_indexed) {
		hm->names_indexed = true;
		zend_hash_extend(&hm->by_name, 2 * hm->nstaff + 8, 0);
		index_rows(hm, false);
	}
}

/* ---- reading rows (arrays or objects with public properties) ---- */

/* Which row a value comes from; its label ("staff[3]") is only written for an error. */
typedef struct hm_row {
	const char *what;
	zend_ulong h;
	zend_string *key;
} hm_row;

/* The fields rows are read by, as interned strings whose hashes are computed once. */
enum {
	F_ID = 0, F_COMPANY_ID, F_IS_ACTIVE, F_CALCOM_USER_ID, F_NAME, F_FIRST_NAME, F_LAST_NAME, F_EMAIL,
	F_ALIASES, F_CALCOM_HOST_ID, F_STAFF_ID, F_COUNT
};
static const char *const row_field_names[F_COUNT] = {
	"id", "company_id", "is_active", "calcom_user_id", "name", "first_name", "last_name", "email",
	"aliases", "calcom_host_id", "staff_id"
};
static zend_string *row_fields[F_COUNT];

void hm_load_init(void)
{
	int i;
	for (i = 0; i < F_COUNT; i++) {
		row_fields[i] = zend_new_interned_string(zend_string_init(row_field_names[i], strlen(row_field_names[i]), 1));
	}
}

static zval *row_get(HashTable *ht, int field)
{
	zval *v = zend_hash_find_known_hash(ht, row_fields[field]);
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
#define ROW_GET(ht, field) row_get((ht), (field))

/* "staff[3]" or "staff['abc']" */
static zend_string *row_label(const hm_row *r)
{
	if (r->key != NULL) {
		return zend_strpprintf(0, "%s['%s']", r->what, ZSTR_VAL(r->key));
	}
	return zend_strpprintf(0, "%s[" ZEND_ULONG_FMT "]", r->what, r->h);
}

static void throw_field(const hm_row *row, const char *field, const char *want, zval *given)
{
	zend_string *label = row_label(row);
	calbook_throw(calbook_ce_invalid_argument, "%s.%s must be %s, %s given", ZSTR_VAL(label), field, want,
		given ? zend_zval_type_name(given) : "nothing");
	zend_string_release(label);
}

static void throw_row(const hm_row *row, const char *fmt_after_label, const char *arg)
{
	zend_string *label = row_label(row);
	calbook_throw(calbook_ce_invalid_argument, fmt_after_label, ZSTR_VAL(label), arg);
	zend_string_release(label);
}

/* The fields of a row (an array, or an object's properties), or NULL after throwing. */
static HashTable *row_table(const hm_row *r, zval *row)
{
	if (Z_TYPE_P(row) == IS_ARRAY) {
		return Z_ARRVAL_P(row);
	}
	if (Z_TYPE_P(row) == IS_OBJECT) {
		return Z_OBJ_HT_P(row)->get_properties(Z_OBJ_P(row));
	}
	throw_row(r, "%s must be an array or an object, %s given", zend_zval_type_name(row));
	return NULL;
}

/* An id: a non-empty string or an int. Returns false after throwing. */
static bool read_staff_id(const hm_row *row, const char *field, zval *v, zval *out)
{
	if (v != NULL && Z_TYPE_P(v) == IS_LONG) {
		ZVAL_LONG(out, Z_LVAL_P(v));
		return true;
	}
	if (v != NULL && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0) {
		ZVAL_STR_COPY(out, Z_STR_P(v));
		return true;
	}
	throw_field(row, field, "a non-empty string or an int", v);
	return false;
}

/* company_id: int, string or null -> string or NULL. Returns false after throwing. */
static bool read_company(const hm_row *row, const char *field, zval *v, zend_string **out)
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
	throw_field(row, field, "an int, a string or null", v);
	return false;
}

/* is_active: bool, 0/1, "0"/"1"/"true"/"false"; absent means active. */
static bool read_active(const hm_row *row, zval *v, bool *out)
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
	throw_field(row, "is_active", "a bool, 0 or 1", v);
	return false;
}

/* A Cal.com user id: positive int or digit string. 1 ok, 0 absent/null, -1 thrown. */
static int read_calcom_id(const hm_row *row, const char *field, zval *v, zend_ulong *out)
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
	throw_field(row, field, "a positive int, a string of digits or null", v);
	return -1;
}

/* A string or null; the string is kept (refcounted) in *out. Returns false after throwing. */
static bool read_opt_string(const hm_row *row, const char *field, zval *v, zend_string **out)
{
	*out = NULL;
	if (v == NULL || Z_TYPE_P(v) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(v) == IS_STRING) {
		*out = zend_string_copy(Z_STR_P(v));
		return true;
	}
	throw_field(row, field, "a string or null", v);
	return false;
}

/* The by_id slot of an id: 7 and "7" are the same key (symbol-table rules). */
static zval *id_find(HashTable *by_id, const zval *id)
{
	return Z_TYPE_P(id) == IS_LONG ? zend_hash_index_find(by_id, (zend_ulong)Z_LVAL_P(id))
		: zend_symtable_find(by_id, Z_STR_P(id));
}

static bool read_aliases(const hm_row *row, zval *v, hm_staff *s)
{
	zval *a;
	if (v == NULL || Z_TYPE_P(v) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(v) != IS_ARRAY) {
		throw_field(row, "aliases", "an array of strings", v);
		return false;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(v)) == 0) {
		return true;
	}
	s->aliases = ecalloc(zend_hash_num_elements(Z_ARRVAL_P(v)), sizeof(zend_string *));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), a) {
		ZVAL_DEREF(a);
		if (Z_TYPE_P(a) != IS_STRING) {
			throw_field(row, "aliases", "an array of strings", a);
			return false;
		}
		s->aliases[s->naliases++] = zend_string_copy(Z_STR_P(a));
	} ZEND_HASH_FOREACH_END();
	return true;
}

bool hm_load_staff(calbook_hostmapper *hm, HashTable *rows)
{
	zval *row;
	hm_row r = {"staff", 0, NULL};
	uint32_t idx = 0, n = zend_hash_num_elements(rows);

	hm->staff = ecalloc(n + 1, sizeof(hm_staff));
	if (n > 8) {
		zend_hash_extend(&hm->by_id, n, 0);
	}
	ZEND_HASH_FOREACH_KEY_VAL(rows, r.h, r.key, row) {
		HashTable *ht;
		hm_staff *s = &hm->staff[idx];
		zval tmp, *v;
		zend_ulong cid;
		int rc;

		ZVAL_DEREF(row);
		if ((ht = row_table(&r, row)) == NULL) {
			return false;
		}
		ZVAL_UNDEF(&s->id);
		v = ROW_GET(ht, F_ID);
		if (Z_TYPE_P(row) == IS_OBJECT && v == NULL) {
			throw_row(&r, "%s.id is missing: an object row needs public properties "
				"(pass Eloquent models as ->toArray())%s", "");
			return false;
		}
		if (!read_staff_id(&r, "id", v, &s->id)) {
			return false;
		}
		hm->nstaff = idx + 1; /* from here on the row is freed with the object */
		if (id_find(&hm->by_id, &s->id) != NULL) {
			zend_string *k = zval_get_string(&s->id), *label = row_label(&r);
			calbook_throw(calbook_ce_invalid_argument, "%s.id %s appears twice in the staff list",
				ZSTR_VAL(label), ZSTR_VAL(k));
			zend_string_release(label);
			zend_string_release(k);
			return false;
		}
		ZVAL_LONG(&tmp, idx);
		if (Z_TYPE(s->id) == IS_LONG) {
			zend_hash_index_add_new(&hm->by_id, (zend_ulong)Z_LVAL(s->id), &tmp);
		} else {
			zend_symtable_update(&hm->by_id, Z_STR(s->id), &tmp);
		}
		if (!read_company(&r, "company_id", ROW_GET(ht, F_COMPANY_ID), &s->company)
			|| !read_active(&r, ROW_GET(ht, F_IS_ACTIVE), &s->active)) {
			return false;
		}
		rc = read_calcom_id(&r, "calcom_user_id", ROW_GET(ht, F_CALCOM_USER_ID), &cid);
		if (rc < 0) {
			return false;
		}
		if (rc > 0) {
			index_num(&hm->by_calcom, cid, idx);
		}
		if (!read_opt_string(&r, "name", ROW_GET(ht, F_NAME), &s->name)
			|| !read_opt_string(&r, "first_name", ROW_GET(ht, F_FIRST_NAME), &s->first)
			|| !read_opt_string(&r, "last_name", ROW_GET(ht, F_LAST_NAME), &s->last)
			|| !read_opt_string(&r, "email", ROW_GET(ht, F_EMAIL), &s->email)
			|| !read_aliases(&r, ROW_GET(ht, F_ALIASES), s)) {
			return false;
		}
		idx++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

bool hm_load_mappings(calbook_hostmapper *hm, HashTable *rows)
{
	zval *row;
	hm_row r = {"mappings", 0, NULL};
	uint32_t n = 0;

	hm->maps = ecalloc(zend_hash_num_elements(rows) + 1, sizeof(hm_mapping));
	ZEND_HASH_FOREACH_KEY_VAL(rows, r.h, r.key, row) {
		HashTable *ht;
		hm_mapping *m = &hm->maps[n];
		zend_ulong host_id;
		zval sid, *found;
		int rc;

		ZVAL_DEREF(row);
		if ((ht = row_table(&r, row)) == NULL) {
			return false;
		}
		rc = read_calcom_id(&r, "calcom_host_id", ROW_GET(ht, F_CALCOM_HOST_ID), &host_id);
		if (rc == 0) {
			throw_field(&r, "calcom_host_id", "a positive int or a string of digits", ROW_GET(ht, F_CALCOM_HOST_ID));
		}
		if (rc <= 0 || !read_staff_id(&r, "staff_id", ROW_GET(ht, F_STAFF_ID), &sid)) {
			return false;
		}
		found = id_find(&hm->by_id, &sid);
		zval_ptr_dtor(&sid);
		if (!read_company(&r, "company_id", ROW_GET(ht, F_COMPANY_ID), &m->company)) {
			return false;
		}
		hm->nmaps = n + 1;
		if (!read_active(&r, ROW_GET(ht, F_IS_ACTIVE), &m->active)) {
			return false;
		}
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

/* The numeric and boolean options, by name. */
typedef struct hm_option {
	const char *name;
	bool is_int;      /* 0..100, else a bool */
	size_t offset;    /* of the field in calbook_hostmapper */
} hm_option;

static const hm_option hm_options[] = {
	{"auto_threshold", true, XtOffsetOf(calbook_hostmapper, threshold)},
	{"mapping_confidence", true, XtOffsetOf(calbook_hostmapper, conf_mapping)},
	{"calcom_user_id_confidence", true, XtOffsetOf(calbook_hostmapper, conf_calcom)},
	{"email_confidence", true, XtOffsetOf(calbook_hostmapper, conf_email)},
	{"name_confidence", true, XtOffsetOf(calbook_hostmapper, conf_name)},
	{"name_partial_confidence", true, XtOffsetOf(calbook_hostmapper, conf_name_partial)},
	{"use_mappings", false, XtOffsetOf(calbook_hostmapper, use_mappings)},
	{"use_calcom_user_id", false, XtOffsetOf(calbook_hostmapper, use_calcom)},
	{"use_email", false, XtOffsetOf(calbook_hostmapper, use_email)},
	{"use_name", false, XtOffsetOf(calbook_hostmapper, use_name)},
};

static const hm_option *find_option(const zend_string *name)
{
	size_t i;
	for (i = 0; i < sizeof hm_options / sizeof hm_options[0]; i++) {
		if (zend_string_equals_cstr(name, hm_options[i].name, strlen(hm_options[i].name))) {
			return &hm_options[i];
		}
	}
	return NULL;
}

bool hm_load_options(calbook_hostmapper *hm, HashTable *opts)
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
		} else {
			const hm_option *o = find_option(name);
			if (o == NULL) {
				calbook_throw(calbook_ce_invalid_argument, "options['%s'] is not a known option", ZSTR_VAL(name));
				return false;
			}
			ok = o->is_int ? opt_int(name, v, (zend_long *)((char *)hm + o->offset))
				: opt_bool(name, v, (bool *)((char *)hm + o->offset));
		}
		if (!ok) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* ---- context ---- */

bool hm_load_context_keys(calbook_hostmapper *hm, HashTable *ctx, hm_context *out)
{
	zend_string *name;
	zend_ulong h;
	zval *v;
	bool have_company = false;

	out->company = NULL;
	out->explain = false;
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

/* ---- freeing ---- */

static void release(zend_string *s)
{
	if (s != NULL) {
		zend_string_release(s);
	}
}

void hm_free_rows(calbook_hostmapper *hm)
{
	uint32_t i, a;

	if (hm->staff) {
		for (i = 0; i < hm->nstaff; i++) {
			hm_staff *s = &hm->staff[i];
			zval_ptr_dtor(&s->id);
			release(s->company);
			release(s->name);
			release(s->first);
			release(s->last);
			release(s->email);
			for (a = 0; a < s->naliases; a++) {
				zend_string_release(s->aliases[a]);
			}
			if (s->aliases) {
				efree(s->aliases);
			}
		}
		efree(hm->staff);
		hm->staff = NULL;
	}
	if (hm->reasons) {
		for (i = 0; i < hm->nstaff * HM_REASON_KINDS; i++) {
			release(hm->reasons[i]);
		}
		efree(hm->reasons);
		hm->reasons = NULL;
	}
	if (hm->maps) {
		for (i = 0; i < hm->nmaps; i++) {
			release(hm->maps[i].company);
		}
		efree(hm->maps);
		hm->maps = NULL;
	}
	release(hm->company);
	hm->company = NULL;
}
