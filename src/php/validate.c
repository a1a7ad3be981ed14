/* Calbook\Client input: request bodies and query strings built from PHP values, and the checks
 * that refuse what Cal.com would reject (Calbook\InvalidArgumentException naming the field). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"
#include "ext/json/php_json.h"

#include "core/cb_url.h"
#include "core/cb_validate.h"
#include "php/exceptions.h"
#include "php/client.h"

#define FN_CREATE "Calbook\\Client::createBooking()"

/* {{{ JSON and query helpers */
zend_string *calbook_json_body(zval *v, const char *fn)
{
	smart_str s = {0};
	int flags = PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_PRESERVE_ZERO_FRACTION;

	if (Z_TYPE_P(v) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(v)) == 0) {
		return zend_string_init("{}", 2, 0);
	}
	if (php_json_encode_ex(&s, v, flags, PHP_JSON_PARSER_DEFAULT_DEPTH) != SUCCESS || JSON_G(error_code) != PHP_JSON_ERROR_NONE) {
		JSON_G(error_code) = PHP_JSON_ERROR_NONE;
		smart_str_free(&s);
		calbook_throw(calbook_ce_invalid_argument, "%s: the request body cannot be encoded as JSON (invalid UTF-8, a resource, or nested too deep)", fn);
		return NULL;
	}
	smart_str_0(&s);
	return smart_str_extract(&s);
}

static void query_append_scalar(smart_str *s, zval *v)
{
	zend_string *str, *enc;
	switch (Z_TYPE_P(v)) {
	case IS_TRUE:
		smart_str_appends(s, "true");
		return;
	case IS_FALSE:
		smart_str_appends(s, "false");
		return;
	default:
		str = zval_get_string(v);
		enc = php_raw_url_encode(ZSTR_VAL(str), ZSTR_LEN(str));
		smart_str_append(s, enc);
		zend_string_release(enc);
		zend_string_release(str);
	}
}

static bool is_query_scalar(zval *v)
{
	return Z_TYPE_P(v) == IS_STRING || Z_TYPE_P(v) == IS_LONG || Z_TYPE_P(v) == IS_DOUBLE
		|| Z_TYPE_P(v) == IS_TRUE || Z_TYPE_P(v) == IS_FALSE;
}

/* Query parameters the spec types as arrays (form style, exploded): a list goes as repeated
 * keys, "status=upcoming&status=past". Every other list is one comma-separated value, as the
 * spec's string-typed list parameters ("eventTypeIds", "teamsIds", "usernames") expect. */
static bool query_param_is_array(zend_string *key)
{
	static const char *const names[] = {"status", "emails", "teamIds", "assignedOptionIds", "permissions"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (zend_string_equals_cstr(key, names[i], strlen(names[i]))) {
			return true;
		}
	}
	return false;
}

/* Builds "k=v&k2=a,b" from an array: scalars URL-encoded, booleans as true/false, lists of
 * scalars as comma lists (or repeated keys for the spec's array parameters), null skipped. */
zend_result calbook_query_build(HashTable *q, zend_string **out, const char *fn, const char *what)
{
	smart_str s = {0};
	zend_string *key;
	zend_ulong idx;
	zval *v;

	*out = NULL;
	ZEND_HASH_FOREACH_KEY_VAL(q, idx, key, v) {
		zend_string *enc;
		ZVAL_DEREF(v);
		if (!key) {
			smart_str_free(&s);
			calbook_throw(calbook_ce_invalid_argument, "%s: %s must be keyed by parameter name (got index " ZEND_ULONG_FMT ")", fn, what, idx);
			return FAILURE;
		}
		if (Z_TYPE_P(v) == IS_NULL) {
			continue;
		}
		if (Z_TYPE_P(v) == IS_ARRAY) {
			zval *item;
			bool first = true;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
				ZVAL_DEREF(item);
				if (!is_query_scalar(item)) {
					smart_str_free(&s);
					calbook_throw(calbook_ce_invalid_argument, "%s: %s \"%s\" must be a scalar or a list of scalars", fn, what, ZSTR_VAL(key));
					return FAILURE;
				}
			} ZEND_HASH_FOREACH_END();
			bool repeat = query_param_is_array(key);
			enc = php_raw_url_encode(ZSTR_VAL(key), ZSTR_LEN(key));
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
				ZVAL_DEREF(item);
				if (first || repeat) {
					if (s.s) smart_str_appendc(&s, '&');
					smart_str_append(&s, enc);
					smart_str_appendc(&s, '=');
				} else {
					smart_str_appendc(&s, ',');
				}
				first = false;
				query_append_scalar(&s, item);
			} ZEND_HASH_FOREACH_END();
			zend_string_release(enc);
			continue;
		}
		if (!is_query_scalar(v)) {
			smart_str_free(&s);
			calbook_throw(calbook_ce_invalid_argument, "%s: %s \"%s\" must be a scalar or a list of scalars", fn, what, ZSTR_VAL(key));
			return FAILURE;
		}
		if (s.s) smart_str_appendc(&s, '&');
		enc = php_raw_url_encode(ZSTR_VAL(key), ZSTR_LEN(key));
		smart_str_append(&s, enc);
		zend_string_release(enc);
		smart_str_appendc(&s, '=');
		query_append_scalar(&s, v);
	} ZEND_HASH_FOREACH_END();
	if (s.s) {
		smart_str_0(&s);
		*out = smart_str_extract(&s);
	}
	return SUCCESS;
}
/* }}} */

/* {{{ input validation helpers */

/* A positive integer, or a decimal string of one. */
bool calbook_positive_int(zval *v, zend_long *out)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_LONG) {
		*out = Z_LVAL_P(v);
		return *out > 0;
	}
	if (Z_TYPE_P(v) == IS_STRING) {
		long long n;
		if (cb_decimal_int(Z_STRVAL_P(v), Z_STRLEN_P(v), &n) && n > 0 && n <= ZEND_LONG_MAX) {
			*out = (zend_long) n;
			return true;
		}
	}
	return false;
}

void calbook_check_uid_message(const char *fn, const char *field)
{
	calbook_throw(calbook_ce_invalid_argument, "%s: %s must be 1 to 128 characters of A-Z, a-z, 0-9, '-' or '_'", fn, field);
}

zend_result calbook_check_uid(zend_string *uid, const char *fn, const char *field)
{
	if (!cb_uid_valid(ZSTR_VAL(uid), ZSTR_LEN(uid))) {
		calbook_check_uid_message(fn, field);
		return FAILURE;
	}
	return SUCCESS;
}

zend_result calbook_check_id(zend_long id, const char *fn, const char *field)
{
	if (id <= 0) {
		calbook_throw(calbook_ce_invalid_argument, "%s: %s must be a positive integer", fn, field);
		return FAILURE;
	}
	return SUCCESS;
}

bool calbook_timezone_valid(zend_string *tz)
{
	size_t i;
	if (ZSTR_LEN(tz) == 0 || ZSTR_LEN(tz) > 64) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(tz); i++) {
		char ch = ZSTR_VAL(tz)[i];
		if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')
				|| ch == '/' || ch == '_' || ch == '-' || ch == '+')) {
			return false;
		}
	}
	return true;
}

zend_result calbook_require_utc(HashTable *ht, const char *key, const char *fn, const char *field, bool required)
{
	zval *v = zend_hash_str_find_deref(ht, key, strlen(key));
	if (!v) {
		if (required) {
			calbook_throw(calbook_ce_invalid_argument, "%s: %s is required (a UTC ISO 8601 time such as 2030-01-08T13:00:00Z)", fn, field);
			return FAILURE;
		}
		return SUCCESS;
	}
	if (Z_TYPE_P(v) != IS_STRING || !cb_iso8601_utc_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
		calbook_throw(calbook_ce_invalid_argument,
			"%s: %s must be a UTC ISO 8601 time ending in Z or +00:00, such as 2030-01-08T13:00:00Z", fn, field);
		return FAILURE;
	}
	return SUCCESS;
}

zend_result calbook_check_known_keys(HashTable *ht, const char *const *allowed, const char *fn, const char *what)
{
	zend_string *key;
	zend_ulong idx;

	ZEND_HASH_FOREACH_KEY(ht, idx, key) {
		const char *const *a;
		bool ok = false;
		if (!key) {
			calbook_throw(calbook_ce_invalid_argument, "%s: %s must be keyed by field name (got index " ZEND_ULONG_FMT ")", fn, what, idx);
			return FAILURE;
		}
		for (a = allowed; *a; a++) {
			if (zend_string_equals_cstr(key, *a, strlen(*a))) {
				ok = true;
				break;
			}
		}
		if (!ok) {
			calbook_throw(calbook_ce_invalid_argument, "%s: unknown field \"%s\" in %s", fn, ZSTR_VAL(key), what);
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}
/* }}} */

bool calbook_version_valid(zend_string *v)
{
	const char *s = ZSTR_VAL(v);
	int i;
	if (ZSTR_LEN(v) != 10) {
		return false;
	}
	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-') return false;
		} else if (s[i] < '0' || s[i] > '9') {
			return false;
		}
	}
	return true;
}

bool calbook_header_text_valid(zend_string *s, size_t max)
{
	size_t i;
	if (ZSTR_LEN(s) == 0 || ZSTR_LEN(s) > max) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(s); i++) {
		unsigned char ch = (unsigned char) ZSTR_VAL(s)[i];
		if (ch < 0x20 || ch == 0x7f) {
			return false;
		}
	}
	return true;
}


static const char *const create_keys[] = {
	/* Cal.com v2 (2024-08-13) */
	"attendee", "bookingFieldsResponses", "emailVerificationCode", "eventTypeId", "eventTypeSlug", "guests",
	"lengthInMinutes", "location", "meetingUrl", "metadata", "organizationSlug", "routing", "start", "teamSlug",
	"username", "instant", "recurrenceCount",
	/* the PHP service's flat input */
	"name", "email", "timeZone", "phone", "language",
	NULL
};

/* Copies metadata with every value turned into a string, as Cal.com demands. */
static zend_result metadata_strings(zval *in, zval *out)
{
	zend_string *key;
	zend_ulong idx;
	zval *v;

	if (Z_TYPE_P(in) != IS_ARRAY) {
		calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata must be an array of key => scalar, %s given", zend_zval_type_name(in));
		return FAILURE;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(in)) > 50) {
		calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata has %u keys; Cal.com allows at most 50", zend_hash_num_elements(Z_ARRVAL_P(in)));
		return FAILURE;
	}
	object_init(out);
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(in), idx, key, v) {
		zend_string *k = key ? zend_string_copy(key) : zend_long_to_str((zend_long) idx);
		zval s;
		ZVAL_DEREF(v);
		/* A key with a NUL (a leading one reads as a mangled property name) would be dropped by
		 * the JSON encoder without a word. */
		if (memchr(ZSTR_VAL(k), '\0', ZSTR_LEN(k))) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata keys must not contain NUL bytes");
			zend_string_release(k);
			return FAILURE;
		}
		if (ZSTR_LEN(k) == 0 || ZSTR_LEN(k) > 40) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata key \"%s\" must be 1 to 40 characters", ZSTR_LEN(k) > 40 ? "(too long)" : "");
			zend_string_release(k);
			return FAILURE;
		}
		switch (Z_TYPE_P(v)) {
		case IS_STRING:
			ZVAL_COPY(&s, v);
			break;
		case IS_TRUE:
			ZVAL_STRINGL(&s, "true", 4);
			break;
		case IS_FALSE:
			ZVAL_STRINGL(&s, "false", 5);
			break;
		case IS_LONG:
			ZVAL_STR(&s, zend_long_to_str(Z_LVAL_P(v)));
			break;
		case IS_DOUBLE: {
			smart_str d = {0};
			if (!zend_finite(Z_DVAL_P(v))) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata \"%s\" must be a finite number", ZSTR_VAL(k));
				zend_string_release(k);
				return FAILURE;
			}
			smart_str_append_double(&d, Z_DVAL_P(v), (int) PG(serialize_precision), false);
			smart_str_0(&d);
			ZVAL_STR(&s, smart_str_extract(&d));
			break;
		}
		case IS_NULL:
			ZVAL_EMPTY_STRING(&s);
			break;
		default:
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata \"%s\" must be a string, number or bool (nested %s refused)", ZSTR_VAL(k), zend_zval_type_name(v));
			zend_string_release(k);
			return FAILURE;
		}
		if (Z_STRLEN(s) > 500) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata \"%s\" is longer than 500 characters", ZSTR_VAL(k));
			zval_ptr_dtor(&s);
			zend_string_release(k);
			return FAILURE;
		}
		zend_symtable_update(Z_OBJPROP_P(out), k, &s);
		zend_string_release(k);
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* Builds the exact Cal.com v2 create body from the flat or v2 input. */
zend_result calbook_create_body(HashTable *in, zval *out)
{
	zval *v, *att_in = NULL, attendee, tmp;
	zend_long id;
	zval *name = NULL, *email = NULL, *tz = NULL, *phone = NULL, *lang = NULL;

	array_init(out);
	if (calbook_check_known_keys(in, create_keys, FN_CREATE, "the booking") != SUCCESS) {
		return FAILURE;
	}

	/* start */
	if (calbook_require_utc(in, "start", FN_CREATE, "start", true) != SUCCESS) {
		return FAILURE;
	}

	/* event type: id, or slug with username/teamSlug */
	v = zend_hash_str_find_deref(in, ZEND_STRL("eventTypeId"));
	if (v) {
		if (!calbook_positive_int(v, &id)) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": eventTypeId must be a positive integer (or a string of one), %s given", zend_zval_type_name(v));
			return FAILURE;
		}
		add_assoc_long(out, "eventTypeId", id);
	} else {
		zval *slug = zend_hash_str_find_deref(in, ZEND_STRL("eventTypeSlug"));
		if (!slug || Z_TYPE_P(slug) != IS_STRING || Z_STRLEN_P(slug) == 0) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": eventTypeId is required (or eventTypeSlug with username or teamSlug)");
			return FAILURE;
		}
		if (!zend_hash_str_exists(in, ZEND_STRL("username")) && !zend_hash_str_exists(in, ZEND_STRL("teamSlug"))) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": eventTypeSlug needs username or teamSlug");
			return FAILURE;
		}
	}
	{
		static const char *const strs[] = {"eventTypeSlug", "username", "teamSlug", "organizationSlug", "emailVerificationCode", "meetingUrl", NULL};
		const char *const *k;
		for (k = strs; *k; k++) {
			v = zend_hash_str_find_deref(in, *k, strlen(*k));
			if (!v) continue;
			if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": %s must be a non-empty string", *k);
				return FAILURE;
			}
			Z_TRY_ADDREF_P(v);
			add_assoc_zval(out, *k, v);
		}
	}
	v = zend_hash_str_find_deref(in, ZEND_STRL("start"));
	Z_TRY_ADDREF_P(v);
	add_assoc_zval(out, "start", v);

	/* attendee: v2 form or flat form */
	att_in = zend_hash_str_find_deref(in, ZEND_STRL("attendee"));
	if (att_in) {
		static const char *const att_keys[] = {"name", "email", "timeZone", "phoneNumber", "language", NULL};
		static const char *const flat_keys[] = {"name", "email", "timeZone", "phone", "language", NULL};
		const char *const *k;
		if (Z_TYPE_P(att_in) != IS_ARRAY) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee must be an array, %s given", zend_zval_type_name(att_in));
			return FAILURE;
		}
		for (k = flat_keys; *k; k++) {
			if (zend_hash_str_exists(in, *k, strlen(*k))) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": give either attendee or the flat %s, not both", *k);
				return FAILURE;
			}
		}
		if (calbook_check_known_keys(Z_ARRVAL_P(att_in), att_keys, FN_CREATE, "attendee") != SUCCESS) {
			return FAILURE;
		}
		name = zend_hash_str_find_deref(Z_ARRVAL_P(att_in), ZEND_STRL("name"));
		email = zend_hash_str_find_deref(Z_ARRVAL_P(att_in), ZEND_STRL("email"));
		tz = zend_hash_str_find_deref(Z_ARRVAL_P(att_in), ZEND_STRL("timeZone"));
		phone = zend_hash_str_find_deref(Z_ARRVAL_P(att_in), ZEND_STRL("phoneNumber"));
		lang = zend_hash_str_find_deref(Z_ARRVAL_P(att_in), ZEND_STRL("language"));
	} else {
		name = zend_hash_str_find_deref(in, ZEND_STRL("name"));
		email = zend_hash_str_find_deref(in, ZEND_STRL("email"));
		tz = zend_hash_str_find_deref(in, ZEND_STRL("timeZone"));
		phone = zend_hash_str_find_deref(in, ZEND_STRL("phone"));
		lang = zend_hash_str_find_deref(in, ZEND_STRL("language"));
	}
	if (!name || Z_TYPE_P(name) != IS_STRING || Z_STRLEN_P(name) == 0 || Z_STRLEN_P(name) > 255) {
		calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee.name is required (a non-empty string of at most 255 bytes)");
		return FAILURE;
	}
	array_init(&attendee);
	Z_TRY_ADDREF_P(name);
	add_assoc_zval(&attendee, "name", name);
	if (email && Z_TYPE_P(email) != IS_NULL) {
		if (Z_TYPE_P(email) != IS_STRING || !cb_email_valid(Z_STRVAL_P(email), Z_STRLEN_P(email))) {
			zval_ptr_dtor(&attendee);
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee.email is not an e-mail address");
			return FAILURE;
		}
		Z_TRY_ADDREF_P(email);
		add_assoc_zval(&attendee, "email", email);
	}
	if (tz && Z_TYPE_P(tz) != IS_NULL) {
		if (Z_TYPE_P(tz) != IS_STRING || !calbook_timezone_valid(Z_STR_P(tz))) {
			zval_ptr_dtor(&attendee);
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee.timeZone must be an IANA time zone name such as Europe/Berlin");
			return FAILURE;
		}
		Z_TRY_ADDREF_P(tz);
		add_assoc_zval(&attendee, "timeZone", tz);
	} else {
		add_assoc_string(&attendee, "timeZone", "Europe/Berlin");
	}
	if (phone && Z_TYPE_P(phone) != IS_NULL) {
		bool e164 = Z_TYPE_P(phone) == IS_STRING && cb_e164_valid(Z_STRVAL_P(phone), Z_STRLEN_P(phone));
		if (e164) {
			Z_TRY_ADDREF_P(phone);
			add_assoc_zval(&attendee, "phoneNumber", phone);
		} else if (att_in) {
			zval_ptr_dtor(&attendee);
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee.phoneNumber must be an E.164 number such as +4915112345678");
			return FAILURE;
		}
		/* The flat `phone` is left out when it is not E.164 (Cal.com rejects other formats). */
	}
	if (lang && Z_TYPE_P(lang) != IS_NULL) {
		if (Z_TYPE_P(lang) != IS_STRING || Z_STRLEN_P(lang) == 0 || Z_STRLEN_P(lang) > 10) {
			zval_ptr_dtor(&attendee);
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee.language must be a language code such as \"de\"");
			return FAILURE;
		}
		Z_TRY_ADDREF_P(lang);
		add_assoc_zval(&attendee, "language", lang);
	}
	add_assoc_zval(out, "attendee", &attendee);

	/* guests */
	v = zend_hash_str_find_deref(in, ZEND_STRL("guests"));
	if (v && Z_TYPE_P(v) != IS_NULL) {
		zval *g;
		if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v))) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": guests must be a list of e-mail addresses");
			return FAILURE;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), g) {
			ZVAL_DEREF(g);
			if (Z_TYPE_P(g) != IS_STRING || !cb_email_valid(Z_STRVAL_P(g), Z_STRLEN_P(g))) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": guests must be a list of e-mail addresses");
				return FAILURE;
			}
		} ZEND_HASH_FOREACH_END();
		if (zend_hash_num_elements(Z_ARRVAL_P(v)) > 0) {
			Z_TRY_ADDREF_P(v);
			add_assoc_zval(out, "guests", v);
		}
	}

	/* location: a string or an object with a type */
	v = zend_hash_str_find_deref(in, ZEND_STRL("location"));
	if (v && Z_TYPE_P(v) != IS_NULL) {
		if (Z_TYPE_P(v) == IS_ARRAY) {
			zval *t = zend_hash_str_find_deref(Z_ARRVAL_P(v), ZEND_STRL("type"));
			if (!t || Z_TYPE_P(t) != IS_STRING) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": location must be a string or an array with a \"type\"");
				return FAILURE;
			}
		} else if (Z_TYPE_P(v) != IS_STRING) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": location must be a string or an array with a \"type\"");
			return FAILURE;
		}
		Z_TRY_ADDREF_P(v);
		add_assoc_zval(out, "location", v);
	}

	/* lengthInMinutes, recurrenceCount */
	{
		static const char *const ints[] = {"lengthInMinutes", "recurrenceCount", NULL};
		const char *const *k;
		for (k = ints; *k; k++) {
			v = zend_hash_str_find_deref(in, *k, strlen(*k));
			if (!v || Z_TYPE_P(v) == IS_NULL) continue;
			if (!calbook_positive_int(v, &id)) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": %s must be a positive integer", *k);
				return FAILURE;
			}
			add_assoc_long(out, *k, id);
		}
	}
	v = zend_hash_str_find_deref(in, ZEND_STRL("instant"));
	if (v && Z_TYPE_P(v) != IS_NULL) {
		if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": instant must be a bool");
			return FAILURE;
		}
		add_assoc_bool(out, "instant", Z_TYPE_P(v) == IS_TRUE);
	}

	/* metadata: strings only */
	v = zend_hash_str_find_deref(in, ZEND_STRL("metadata"));
	if (v && Z_TYPE_P(v) != IS_NULL) {
		ZVAL_UNDEF(&tmp);
		if (metadata_strings(v, &tmp) != SUCCESS) {
			if (Z_TYPE(tmp) == IS_OBJECT) zval_ptr_dtor(&tmp);
			return FAILURE;
		}
		if (zend_hash_num_elements(Z_OBJPROP(tmp)) > 0) {
			add_assoc_zval(out, "metadata", &tmp);
		} else {
			zval_ptr_dtor(&tmp);
		}
	}

	/* bookingFieldsResponses, routing: objects passed on */
	{
		static const char *const objs[] = {"bookingFieldsResponses", "routing", NULL};
		const char *const *k;
		for (k = objs; *k; k++) {
			v = zend_hash_str_find_deref(in, *k, strlen(*k));
			if (!v || Z_TYPE_P(v) == IS_NULL) continue;
			if (Z_TYPE_P(v) != IS_ARRAY) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": %s must be an array, %s given", *k, zend_zval_type_name(v));
				return FAILURE;
			}
			if (zend_hash_num_elements(Z_ARRVAL_P(v)) == 0) continue;
			if (zend_array_is_list(Z_ARRVAL_P(v))) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": %s must be keyed by field name", *k);
				return FAILURE;
			}
			Z_TRY_ADDREF_P(v);
			add_assoc_zval(out, *k, v);
		}
	}
	return SUCCESS;
}

/* The booking in a create response lacks its host: data (or data[0] for recurring bookings)
 * has no non-empty hosts list. Sets *uid to the uid to fetch (borrowed from `resp`). */

bool calbook_iso_date_or_time(zval *v)
{
	size_t i;
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) < 10 || Z_STRLEN_P(v) > 40) {
		return false;
	}
	for (i = 0; i < 10; i++) {
		char ch = Z_STRVAL_P(v)[i];
		if ((i == 4 || i == 7) ? ch != '-' : (ch < '0' || ch > '9')) {
			return false;
		}
	}
	for (i = 10; i < Z_STRLEN_P(v); i++) {
		unsigned char ch = (unsigned char) Z_STRVAL_P(v)[i];
		if (ch <= 0x20 || ch >= 0x7f) {
			return false;
		}
	}
	return Z_STRLEN_P(v) == 10 || Z_STRVAL_P(v)[10] == 'T';
}


zend_result calbook_event_type_check(HashTable *data, bool create, const char *fn)
{
	zval *v;
	zend_long n;
	zend_string *key;

	ZEND_HASH_FOREACH_STR_KEY(data, key) {
		if (!key) {
			calbook_throw(calbook_ce_invalid_argument, "%s: the event type must be keyed by field name", fn);
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	if (!create && zend_hash_num_elements(data) == 0) {
		calbook_throw(calbook_ce_invalid_argument, "%s: nothing to update", fn);
		return FAILURE;
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("lengthInMinutes"));
	if ((create && !v) || (v && !(Z_TYPE_P(v) == IS_LONG && calbook_positive_int(v, &n)))) {
		calbook_throw(calbook_ce_invalid_argument, "%s: lengthInMinutes %s a positive integer", fn, create && !v ? "is required:" : "must be");
		return FAILURE;
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("title"));
	if ((create && !v) || (v && (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0))) {
		calbook_throw(calbook_ce_invalid_argument, "%s: title %s a non-empty string", fn, create && !v ? "is required:" : "must be");
		return FAILURE;
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("slug"));
	if ((create && !v) || (v && (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0))) {
		calbook_throw(calbook_ce_invalid_argument, "%s: slug %s a non-empty string", fn, create && !v ? "is required:" : "must be");
		return FAILURE;
	}
	return SUCCESS;
}

