/* Calbook\HostMapper: finds the host of a booking and resolves it to a staff id.
 *
 * The constructor (hostmapper_load.c) validates the rows and indexes ids; emails and names are
 * indexed (PHP HashTables keyed by normalized values) when a resolution first needs them. A
 * resolution is a handful of hash lookups whatever the size of the staff list. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/cb_zval.h"
#include "php/hostmapper.h"
#include "core/cb_host.h"
#include "core/cb_norm.h"
#include "php/HostMapper_arginfo.h"

zend_class_entry *calbook_ce_hostmapper;
static zend_object_handlers hostmapper_handlers;

#define Z_HOSTMAPPER_P(zv) hm_from_obj(Z_OBJ_P(zv))

/* What a match came from; the texts are interned once. */
typedef enum hm_source { HM_SRC_MAPPING = 0, HM_SRC_CALCOM, HM_SRC_EMAIL, HM_SRC_NAME, HM_SRC_COUNT } hm_source;
static const char *const source_names[HM_SRC_COUNT] = {"mapping", "calcom_user_id", "email", "name"};
static zend_string *source_strings[HM_SRC_COUNT];
/* {staff_id, confidence, source, reason, host, new_mapping} */
static calbook_shape result_shape;

/* ---- candidate sets (small, on the stack) ---- */

#define HM_MAX_CAND 8
typedef struct hm_cands {
	uint32_t idx[HM_MAX_CAND];
	uint32_t n;      /* distinct candidates kept (at most HM_MAX_CAND) */
	uint32_t total;  /* distinct candidates seen (saturates at HM_MAX_CAND + 1) */
} hm_cands;

/* Empties a set (idx[] is only read below n). */
static inline void cands_clear(hm_cands *c)
{
	c->n = 0;
	c->total = 0;
}

static zend_always_inline void cands_add(hm_cands *c, uint32_t idx)
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

static zend_always_inline bool staff_eligible(const calbook_hostmapper *hm, uint32_t idx, const zend_string *company)
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
static zend_always_inline void cands_from_slot(const calbook_hostmapper *hm, const zval *slot, const zend_string *company,
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

/* ---- resolution ---- */

typedef struct hm_result {
	bool explain;     /* build the notes of failed strategies (else only a match's reason) */
	bool matched;
	uint32_t staff;
	zend_long confidence;
	hm_source source;
	smart_str reason; /* the notes of each strategy (explain mode) */
	zend_string *why; /* for a match: why (owned; may be shared with the staff's cache) */
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

static void note_text(hm_result *r, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);
static void note_text(hm_result *r, const char *fmt, ...)
{
	va_list ap;
	zend_string *t;
	if (r->reason.s != NULL && ZSTR_LEN(r->reason.s) > 0) {
		smart_str_appends(&r->reason, "; ");
	}
	va_start(ap, fmt);
	t = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	smart_str_append(&r->reason, t);
	zend_string_release(t);
}

/* A strategy's note, written in explain mode only (tested before the arguments are formatted). */
#define note(r, ...) do { \
		if ((r)->explain) { \
			note_text((r), __VA_ARGS__); \
		} \
	} while (0)

/* How much of a value a message shows: at most 80 bytes, cut on a UTF-8 boundary. */
static size_t shown_len(const char *s, size_t len, bool *cut)
{
	*cut = len > 80;
	if (*cut) {
		len = 80;
		while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80) {
			len--;
		}
	}
	return len;
}

/* Appends a value for a message, cut as shown_len() says ("..." marks a cut). */
static void note_value(hm_result *r, const char *s, size_t len)
{
	bool cut;
	if (!wants_text(r)) {
		return;
	}
	len = shown_len(s, len, &cut);
	smart_str_appendl(&r->reason, s, len);
	if (cut) {
		smart_str_appends(&r->reason, "...");
	}
}

/* A match's reason: prefix then a value (cut like note_value()) or, when val is NULL, the
 * number id. From the second match of a mapper on, each staff keeps its last reason of each
 * kind (kind: HM_REASON_*): a repeated match shares it (refcounted; PHP never changes a shared string in place) instead of
 * building the same text again. */
static void match_reason(calbook_hostmapper *hm, hm_result *r, int kind, const char *prefix, size_t plen,
	const char *val, size_t vlen, int64_t id)
{
	char num[MAX_LENGTH_OF_LONG + 1], *digits;
	zend_string **cache;
	bool cut = false;
	zend_string *s;
	char *p;

	if (hm->reasons == NULL && hm->matches++ > 0) {
		/* From the second match on: a mapper built for one resolution pays nothing for it. */
		hm->reasons = ecalloc((size_t)hm->nstaff * HM_REASON_KINDS, sizeof(zend_string *));
	}
	cache = hm->reasons != NULL ? &hm->reasons[(size_t)r->staff * HM_REASON_KINDS + kind] : NULL;

	if (val == NULL) {
		digits = zend_print_long_to_buf(num + sizeof num - 1, (zend_long)id);
		val = digits;
		vlen = (size_t)(num + sizeof num - 1 - digits);
	} else {
		vlen = shown_len(val, vlen, &cut);
	}
	s = cache != NULL ? *cache : NULL;
	if (s != NULL && ZSTR_LEN(s) == plen + vlen + (cut ? 3 : 0) && memcmp(ZSTR_VAL(s) + plen, val, vlen) == 0
		&& (!cut || memcmp(ZSTR_VAL(s) + plen + vlen, "...", 3) == 0)) {
		r->why = zend_string_copy(s);
		return;
	}
	s = zend_string_alloc(plen + vlen + (cut ? 3 : 0), 0);
	p = ZSTR_VAL(s);
	memcpy(p, prefix, plen);
	memcpy(p + plen, val, vlen);
	if (cut) {
		memcpy(p + plen + vlen, "...", 3);
	}
	ZSTR_VAL(s)[ZSTR_LEN(s)] = '\0';
	if (cache != NULL) {
		if (*cache != NULL) {
			zend_string_release(*cache);
		}
		*cache = zend_string_copy(s);
	}
	r->why = s;
}
#define MATCH_REASON(hm, r, kind, lit, val, vlen, id) match_reason((hm), (r), (kind), (lit), sizeof(lit) - 1, (val), (vlen), (id))

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

static void set_match(hm_result *r, uint32_t staff, zend_long conf, hm_source source)
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
		cands_clear(&c);
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
				set_match(r, c.idx[0], hm->conf_mapping, HM_SRC_MAPPING);
				MATCH_REASON(hm, r, HM_REASON_MAPPING, "known mapping of Cal.com host ", NULL, 0, host->id);
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
		cands_clear(&c);
		excluded = 0;
		cands_from_slot(hm, zend_hash_index_find(&hm->by_calcom, (zend_ulong)host->id), company, &c, &excluded);
		if (c.total == 1) {
			if (!below_threshold(hm, r, "calcom_user_id", hm->conf_calcom)) {
				set_match(r, c.idx[0], hm->conf_calcom, HM_SRC_CALCOM);
				MATCH_REASON(hm, r, HM_REASON_CALCOM, "staff calcom_user_id is ", NULL, 0, host->id);
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
			const char *key = buf;
			const zval *ez = host->email_node;
			long n;
			zval *slot;
			hm_index_emails(hm);
			slot = NULL;
			if (ez != NULL && Z_TYPE_P(ez) == IS_STRING && Z_STRVAL_P(ez) == host->email) {
				/* The host's own string, whose hash PHP keeps: when it is a key (and every key
				 * is its own normalization) or normalizing it would change nothing, it is the
				 * key to look up. */
				slot = zend_hash_find(&hm->by_email, Z_STR_P(ez));
				if ((slot == NULL || !hm->email_keys_plain) && !hm_email_is_plain(host->email, host->email_len)) {
					ez = NULL;
				}
			} else {
				ez = NULL;
			}
			if (ez != NULL) {
				n = (long)host->email_len;
				key = host->email;
			} else {
				n = host->email_len > HM_MAX_TEXT ? -1 : cb_norm_email(host->email, host->email_len, buf, sizeof buf);
				slot = n > 0 ? zend_hash_str_find(&hm->by_email, buf, (size_t)n) : NULL;
			}
			if (n <= 0) {
				note(r, "email: the host's email is not a valid address");
			} else {
				cands_clear(&c);
				excluded = 0;
				cands_from_slot(hm, slot, company, &c, &excluded);
				if (c.total == 1) {
					if (!below_threshold(hm, r, "email", hm->conf_email)) {
						set_match(r, c.idx[0], hm->conf_email, HM_SRC_EMAIL);
						MATCH_REASON(hm, r, HM_REASON_EMAIL, "exact email match: ", key, (size_t)n, 0);
						return;
					}
				} else if (c.total > 1) {
					note(r, "email: ");
					note_value(r, key, (size_t)n);
					rf(r, " belongs to %s staff ", count_str(&c, cnt));
					note_ids(hm, r, &c);
				} else if (excluded > 0) {
					note(r, "email: ");
					note_value(r, key, (size_t)n);
					rs(r, " belongs only to inactive staff or staff of another company");
				} else {
					note(r, "email: no staff has ");
					note_value(r, key, (size_t)n);
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
		int mode, modes;
		cb_norm_info info;

		if (host->name == NULL) {
			note(r, "name: the host has none");
			return;
		}
		n[0] = hm_norm_name(host->name, host->name_len, CB_NORM_TRANSLIT, buf[0], &info);
		words = info.words;
		modes = info.umlaut ? 2 : 1;
		n[1] = n[0] < 0 || modes == 1 ? n[0] : hm_norm_name(host->name, host->name_len, CB_NORM_STRIP, buf[1], &info);
		if (n[0] < 0 || n[1] < 0) {
			note(r, "name: the host's name is not valid UTF-8 or too long");
			return;
		}
		if (words < 2) {
			note(r, "name: '");
			note_value(r, buf[0], (size_t)n[0]);
			rs(r, "' is a single name, not enough to match");
			return;
		}
		cands_clear(&c);
		cands_clear(&partial);
		excluded = 0;
		hm_index_names(hm);
		for (mode = 0; mode < modes; mode++) {
			cands_from_slot(hm, zend_hash_str_find(&hm->by_name, buf[mode], (size_t)n[mode]), company, &c, &excluded);
			if (words >= 3) {
				fln[mode] = hm_first_last(buf[mode], (size_t)n[mode], fl[mode]);
			}
		}
		if (c.total == 1) {
			if (!below_threshold(hm, r, "name", hm->conf_name)) {
				set_match(r, c.idx[0], hm->conf_name, HM_SRC_NAME);
				MATCH_REASON(hm, r, HM_REASON_NAME, "name match: ", buf[0], (size_t)n[0], 0);
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
			if (zend_hash_num_elements(&hm->by_name_fl) > 0) { /* some staff name has a middle name */
				cands_from_slot(hm, zend_hash_str_find(&hm->by_name_fl, buf[mode], (size_t)n[mode]), company, &partial, &pexcluded);
			}
			if (fln[mode] > 0) {
				cands_from_slot(hm, zend_hash_str_find(&hm->by_name, fl[mode], fln[mode]), company, &partial, &pexcluded);
			}
		}
		if (partial.total == 1) {
			if (!below_threshold(hm, r, "name (middle name on one side only)", hm->conf_name_partial)) {
				set_match(r, partial.idx[0], hm->conf_name_partial, HM_SRC_NAME);
				MATCH_REASON(hm, r, HM_REASON_NAME_PARTIAL, "name match with a middle name on one side only: ", buf[0], (size_t)n[0], 0);
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

/* Resolves one input into rv (an array, or null). The host is left in *host_out. */
static void hm_resolve(calbook_hostmapper *hm, zval *input, const hm_context *ctx, zval *rv, cb_host *host_out)
{
	hm_result r;
	HashTable *ht;
	zval *source = NULL;
	bool found;

	r.explain = ctx->explain;
	r.matched = false;
	r.reason.s = NULL;
	r.reason.a = 0;
	r.why = NULL;
	found = hm_find_host(input, host_out, &source);
	if (!found) {
		memset(host_out, 0, sizeof *host_out);
		if (!ctx->explain) {
			ZVAL_NULL(rv);
			return;
		}
		note(&r, "no host found in the booking");
	} else {
		resolve_host(hm, host_out, ctx->company, &r);
		if (!r.matched && !ctx->explain) {
			smart_str_free(&r.reason);
			ZVAL_NULL(rv);
			return;
		}
	}
	smart_str_0(&r.reason);
	ht = calbook_shape_new(&result_shape);
	ZVAL_ARR(rv, ht);
	if (r.matched) {
		ZVAL_COPY(CALBOOK_SHAPE_VAL(ht, 0), &hm->staff[r.staff].id);
		ZVAL_LONG(CALBOOK_SHAPE_VAL(ht, 1), r.confidence);
		ZVAL_INTERNED_STR(CALBOOK_SHAPE_VAL(ht, 2), source_strings[r.source]);
	} else {
		ZVAL_LONG(CALBOOK_SHAPE_VAL(ht, 1), 0);
	}
	if (r.why != NULL) {
		ZVAL_STR(CALBOOK_SHAPE_VAL(ht, 3), r.why);
	} else if (r.reason.s != NULL) {
		ZVAL_STR(CALBOOK_SHAPE_VAL(ht, 3), r.reason.s);
	} else {
		ZVAL_EMPTY_STRING(CALBOOK_SHAPE_VAL(ht, 3));
	}
	if (found) {
		calbook_host_to_zval_ex(host_out, source, CALBOOK_SHAPE_VAL(ht, 4));
	}
	ZVAL_BOOL(CALBOOK_SHAPE_VAL(ht, 5), r.matched && r.source != HM_SRC_MAPPING);
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
	if ((options && !hm_load_options(hm, options)) || !hm_load_staff(hm, staff)
		|| (mappings && !hm_load_mappings(hm, mappings))) {
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

	if (!hm_ready(hm) || !hm_load_context(hm, context, &ctx)) {
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

	if (!hm_ready(hm) || !hm_load_context(hm, context, &ctx)) {
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

	if (!hm_ready(hm) || !hm_load_context(hm, context, &ctx)) {
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

	hm_free_rows(hm);
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
	hm_load_init();
	hm_find_host_init();
	for (i = 0; i < HM_SRC_COUNT; i++) {
		source_strings[i] = zend_new_interned_string(zend_string_init(source_names[i], strlen(source_names[i]), 1));
	}
	{
		zend_string *keys[CALBOOK_SHAPE_KEYS] = {calbook_k.staff_id, calbook_k.confidence, calbook_k.source, calbook_k.reason,
			calbook_k.host, calbook_k.new_mapping};
		calbook_shape_init(&result_shape, keys);
	}
	calbook_ce_hostmapper = register_class_Calbook_HostMapper();
	calbook_ce_hostmapper->create_object = hostmapper_create;
	memcpy(&hostmapper_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	hostmapper_handlers.offset = XtOffsetOf(calbook_hostmapper, std);
	hostmapper_handlers.free_obj = hostmapper_free;
	hostmapper_handlers.clone_obj = NULL;
	hostmapper_handlers.compare = zend_objects_not_comparable;
}
