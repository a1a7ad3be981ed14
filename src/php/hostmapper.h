/* Calbook\HostMapper internals shared by hostmapper.c (resolution, methods) and
 * hostmapper_load.c (reading rows, options and context; the indexes). */
#ifndef CALBOOK_PHP_HOSTMAPPER_H
#define CALBOOK_PHP_HOSTMAPPER_H

#include "php.h"
#include "core/cb_norm.h"

/* Longest name or email that is normalized; longer values never match. */
#define HM_MAX_TEXT 1024
/* Room for a normalized name: case folding and compatibility forms can make it longer than the
 * input (ß -> ss, ligatures); a name whose result does not fit never matches. */
#define HM_NORM_CAP (4 * HM_MAX_TEXT + 1)

/* Kinds of match reasons (each its own text before the value). */
enum { HM_REASON_MAPPING, HM_REASON_CALCOM, HM_REASON_EMAIL, HM_REASON_NAME, HM_REASON_NAME_PARTIAL, HM_REASON_KINDS };

typedef struct hm_staff {
	zval id;               /* as the app gave it: IS_LONG or IS_STRING */
	zend_string *company;  /* company_id as a string, or NULL */
	/* Text matched by email and name, kept (refcounted) until the indexes are built. */
	zend_string *name, *first, *last, *email;
	zend_string **aliases; /* naliases strings, or NULL */
	uint32_t naliases;
	bool active;
} hm_staff;

typedef struct hm_mapping {
	uint32_t staff;        /* index into staff[] */
	zend_string *company;  /* or NULL */
	bool active;
} hm_mapping;

typedef struct calbook_hostmapper {
	hm_staff *staff;
	uint32_t nstaff;
	hm_mapping *maps;
	uint32_t nmaps;
	/* Built by the constructor (they also detect duplicate ids): */
	HashTable by_id;       /* staff id (7 and "7" alike) -> staff index */
	HashTable by_calcom;   /* calcom_user_id -> index list */
	HashTable by_map;      /* Cal.com host id -> mapping index list */
	/* Built when a resolution first needs them: */
	HashTable by_email;    /* normalized email -> index list */
	HashTable by_name;     /* normalized full name -> index list */
	HashTable by_name_fl;  /* "first last" of names with middle names -> index list */
	/* The last match reason of each kind for each staff (staff * HM_REASON_KINDS + kind), or
	 * NULL; allocated by the second match. */
	zend_string **reasons;
	uint32_t matches; /* counts to 2 only */
	bool emails_indexed, names_indexed;
	/* Every by_email key is its own normalization (hm_email_is_plain()): a host email found
	 * as it is needs no check. */
	bool email_keys_plain;
	zend_string *company;  /* options company_id, or NULL */
	zend_long threshold, conf_mapping, conf_calcom, conf_email, conf_name, conf_name_partial;
	bool use_mappings, use_calcom, use_email, use_name;
	bool ready;
	zend_object std;
} calbook_hostmapper;

static inline calbook_hostmapper *hm_from_obj(zend_object *obj)
{
	return (calbook_hostmapper *)((char *)obj - XtOffsetOf(calbook_hostmapper, std));
}

typedef struct hm_context {
	zend_string *company; /* owned, or NULL */
	bool explain;
} hm_context;

/* Index lists: IS_LONG for one index, a packed array of longs for more. */
void hm_index_str(HashTable *ht, const char *key, size_t len, uint32_t idx);

/* Normalized name in one mode into out[HM_NORM_CAP]; returns its length, or -1 (invalid
 * UTF-8, too long). *info tells whether the other mode differs, and the number of words. */
long hm_norm_name(const char *s, size_t len, int mode, char *out, cb_norm_info *info);
/* True when cb_norm_email() would return s unchanged: printable ASCII without upper case,
 * blanks or '+', one '@' with text on both sides, at most HM_MAX_TEXT bytes. Such an address is
 * used as its own key (its hash is computed once and kept by PHP). */
bool hm_email_is_plain(const char *s, size_t len);
/* "first last" of a normalized name with at least three words; returns its length or 0. */
size_t hm_first_last(const char *norm, size_t len, char *out);

/* Interns the row field names (MINIT). */
void hm_load_init(void);

/* Constructor parts; each returns false after throwing InvalidArgumentException. */
bool hm_load_options(calbook_hostmapper *hm, HashTable *opts);
bool hm_load_staff(calbook_hostmapper *hm, HashTable *rows);
bool hm_load_mappings(calbook_hostmapper *hm, HashTable *rows);
/* The per-call context (company_id, explain); false after throwing. */
bool hm_load_context_keys(calbook_hostmapper *hm, HashTable *ctx, hm_context *out);
static zend_always_inline bool hm_load_context(calbook_hostmapper *hm, HashTable *ctx, hm_context *out)
{
	if (ctx != NULL && zend_hash_num_elements(ctx) > 0) {
		return hm_load_context_keys(hm, ctx, out);
	}
	/* No context (every call of most applications): the options' company. */
	out->company = hm->company != NULL ? zend_string_copy(hm->company) : NULL;
	out->explain = false;
	return true;
}

/* Builds by_email / by_name and by_name_fl from the staff rows, once. */
void hm_index_emails(calbook_hostmapper *hm);
void hm_index_names(calbook_hostmapper *hm);

/* Frees everything the constructor and the indexes hold. */
void hm_free_rows(calbook_hostmapper *hm);

/* hostmapper_host.c: the host of a booking, a webhook body or a host array; *source is a host
 * array's own `source` string, if any. */
struct cb_host;
bool hm_find_host(zval *input, struct cb_host *host, zval **source);
void hm_find_host_init(void);

#endif
