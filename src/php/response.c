/* Calbook\Response: status, headers and body of one answer; JSON decoded once, lazily. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"

#include "core/cb_apierr.h"
#include "core/cb_http.h"
#include "core/cb_validate.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/response.h"
#include "php/Response_arginfo.h"

zend_class_entry *calbook_ce_response;
static zend_object_handlers response_handlers;

typedef struct {
	zend_long status;
	zend_string *body;
	zval headers;    /* lower-case name => list of strings; IS_UNDEF until first asked for */
	zend_string *raw_headers; /* the header lines as received, parsed into `headers` on demand */
	zval json;       /* decoded body; IS_UNDEF until first asked for */
	bool json_valid; /* the body decoded as JSON */
	bool constructed; /* by __construct() or by the client: it is never initialised twice */
	zend_object std;
} calbook_response;

static inline calbook_response *response_from(zend_object *obj)
{
	return (calbook_response *) ((char *) obj - XtOffsetOf(calbook_response, std));
}
#define Z_RESPONSE_P(zv) response_from(Z_OBJ_P(zv))

static zend_object *response_create_object(zend_class_entry *ce)
{
	calbook_response *r = zend_object_alloc(sizeof(calbook_response), ce);
	zend_object_std_init(&r->std, ce);
	object_properties_init(&r->std, ce);
	r->std.handlers = &response_handlers;
	r->body = ZSTR_EMPTY_ALLOC();
	ZVAL_UNDEF(&r->headers);
	r->raw_headers = NULL;
	ZVAL_UNDEF(&r->json);
	return &r->std;
}

static void response_free(zend_object *obj)
{
	calbook_response *r = response_from(obj);
	zend_string_release(r->body);
	zval_ptr_dtor(&r->headers);
	if (r->raw_headers) {
		zend_string_release(r->raw_headers);
	}
	zval_ptr_dtor(&r->json);
	zend_object_std_dtor(obj);
}

/* {{{ headers: kept as received, parsed on first use */

/* The response headers a Response keeps (the ones calbook and its users need). */
static bool header_kept(const char *k, size_t n)
{
	switch (n) {
	case 8:
		return memcmp(k, "location", 8) == 0;
	case 11:
		return memcmp(k, "retry-after", 11) == 0;
	case 12:
		return memcmp(k, "content-type", 12) == 0 || memcmp(k, "x-request-id", 12) == 0;
	case 14:
		return memcmp(k, "content-length", 14) == 0;
	default:
		return (n > 12 && memcmp(k, "x-ratelimit-", 12) == 0) || (n > 6 && memcmp(k, "x-cal-", 6) == 0)
			|| (n == 15 && memcmp(k, "cal-api-version", 15) == 0);
	}
}

void calbook_headers_parse(const char *raw, size_t len, zval *out)
{
	const char *p = raw, *end = raw + len;

	array_init_size(out, 8);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t) (end - p));
		size_t n = nl ? (size_t) (nl - p) + 1 : (size_t) (end - p);
		const char *name, *value;
		size_t name_len, value_len;
		long status;
		char key[256];
		zval *list, v;

		if (cb_http_header_line(p, n, &name, &name_len, &value, &value_len, &status) == 1 && name_len < sizeof(key)) {
			zend_str_tolower_copy(key, name, name_len);
			if (header_kept(key, name_len)) {
				list = zend_hash_str_find(Z_ARRVAL_P(out), key, name_len);
				if (!list) {
					zval empty;
					array_init_size(&empty, 1);
					list = zend_hash_str_add_new(Z_ARRVAL_P(out), key, name_len, &empty);
				}
				ZVAL_STRINGL(&v, value, value_len);
				zend_hash_next_index_insert_new(Z_ARRVAL_P(list), &v);
			}
		}
		p += n;
	}
}

static zval *response_headers(calbook_response *r)
{
	if (Z_TYPE(r->headers) == IS_UNDEF) {
		if (r->raw_headers) {
			calbook_headers_parse(ZSTR_VAL(r->raw_headers), ZSTR_LEN(r->raw_headers), &r->headers);
			zend_string_release(r->raw_headers);
			r->raw_headers = NULL;
		} else {
			array_init(&r->headers);
		}
	}
	return &r->headers;
}

long calbook_headers_ratelimit(zval *headers, long *remaining)
{
	zend_string *name;
	zval *list, *v;
	long reset = -1;
	time_t now = time(NULL);

	if (remaining) {
		*remaining = -1;
	}
	if (Z_TYPE_P(headers) != IS_ARRAY) {
		return -1;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(headers), name, list) {
		bool is_reset;
		if (!name || ZSTR_LEN(name) <= 18 || memcmp(ZSTR_VAL(name), "x-ratelimit-", 12) != 0 || Z_TYPE_P(list) != IS_ARRAY) {
			continue;
		}
		is_reset = memcmp(ZSTR_VAL(name) + 12, "reset-", 6) == 0;
		if (!is_reset && (!remaining || ZSTR_LEN(name) <= 22 || memcmp(ZSTR_VAL(name) + 12, "remaining-", 10) != 0)) {
			continue;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), v) {
			long long n;
			if (Z_TYPE_P(v) != IS_STRING) {
				continue;
			}
			if (is_reset) {
				/* With several limits, the longest wait is the one that frees every limit. */
				long sec = cb_ratelimit_reset_seconds(Z_STRVAL_P(v), Z_STRLEN_P(v), now);
				reset = sec > reset ? sec : reset;
			} else if (cb_decimal_int(Z_STRVAL_P(v), Z_STRLEN_P(v), &n) && n >= 0 && (*remaining < 0 || n < *remaining)) {
				*remaining = (long) n;
			}
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	return reset;
}

zend_string *calbook_headers_first(zval *headers, const char *lower_name, size_t len)
{
	zval *list, *first;

	if (Z_TYPE_P(headers) != IS_ARRAY || !(list = zend_hash_str_find(Z_ARRVAL_P(headers), lower_name, len))
		|| Z_TYPE_P(list) != IS_ARRAY) {
		return NULL;
	}
	first = zend_hash_index_find(Z_ARRVAL_P(list), 0);
	return first && Z_TYPE_P(first) == IS_STRING ? Z_STR_P(first) : NULL;
}
/* }}} */

static HashTable *response_debug_info(zend_object *obj, int *is_temp)
{
	calbook_response *r = response_from(obj);
	HashTable *ht = zend_new_array(3);
	zval tmp;

	*is_temp = 1;
	ZVAL_LONG(&tmp, r->status);
	zend_hash_str_update(ht, "status", sizeof("status") - 1, &tmp);
	ZVAL_COPY(&tmp, response_headers(r));
	zend_hash_str_update(ht, "headers", sizeof("headers") - 1, &tmp);
	ZVAL_STR_COPY(&tmp, r->body);
	zend_hash_str_update(ht, "body", sizeof("body") - 1, &tmp);
	return ht;
}

/* Decodes the body once. A body that is not JSON leaves json as null and json_valid false. */
static zval *response_json(calbook_response *r)
{
	if (Z_TYPE(r->json) == IS_UNDEF) {
		ZVAL_NULL(&r->json);
		if (ZSTR_LEN(r->body) > 0
			&& php_json_decode_ex(&r->json, ZSTR_VAL(r->body), ZSTR_LEN(r->body), PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == SUCCESS) {
			r->json_valid = true;
		} else {
			zval_ptr_dtor(&r->json);
			ZVAL_NULL(&r->json);
			/* A failed decode must not leave json_last_error() set for the caller. */
			JSON_G(error_code) = PHP_JSON_ERROR_NONE;
		}
	}
	return &r->json;
}

/* Adds one header value under its lower-case name. */
static void add_header(zval *headers, zend_string *name, zval *value)
{
	zend_string *lower = zend_string_tolower(name);
	zval *list = zend_hash_find(Z_ARRVAL_P(headers), lower);
	zval copy;

	if (!list) {
		zval empty;
		array_init(&empty);
		list = zend_hash_update(Z_ARRVAL_P(headers), lower, &empty);
	}
	ZVAL_COPY(&copy, value);
	zend_hash_next_index_insert(Z_ARRVAL_P(list), &copy);
	zend_string_release(lower);
}

void calbook_response_create(zval *out, zend_long status, zend_string *body, zend_string *raw_headers, zval *headers)
{
	calbook_response *r;

	object_init_ex(out, calbook_ce_response);
	r = Z_RESPONSE_P(out);
	r->constructed = true;
	r->status = status;
	r->body = body ? body : ZSTR_EMPTY_ALLOC();
	if (headers && Z_TYPE_P(headers) == IS_ARRAY) {
		ZVAL_COPY_VALUE(&r->headers, headers);
		if (raw_headers) {
			zend_string_release(raw_headers);
		}
	} else {
		r->raw_headers = raw_headers;
	}
}

zend_long calbook_response_status(zend_object *obj)
{
	return response_from(obj)->status;
}

zval *calbook_response_data(zend_object *obj)
{
	zval *json = response_json(response_from(obj));
	return Z_TYPE_P(json) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(json), "data", sizeof("data") - 1) : NULL;
}

/* {{{ error mapping */
zend_long calbook_response_reset_seconds(zend_object *obj)
{
	return calbook_headers_ratelimit(response_headers(response_from(obj)), NULL);
}

zend_result calbook_response_throw_if_failed(zend_object *obj)
{
	calbook_response *r = response_from(obj);
	cb_apierr err;
	zend_string *request_id;
	zval details;
	char fallback[96];
	smart_str msg = {0};

	if (r->status >= 200 && r->status < 300) {
		response_json(r);
		if (ZSTR_LEN(r->body) > 0 && !r->json_valid) {
			calbook_throw(calbook_ce_invalid_response,
				"Cal.com answered HTTP " ZEND_LONG_FMT " with a body that is not valid JSON (%zu bytes)",
				r->status, ZSTR_LEN(r->body));
			return FAILURE;
		}
		return SUCCESS;
	}

	if (cb_apierr_parse(ZSTR_VAL(r->body), ZSTR_LEN(r->body), &err) != 0) {
		zend_throw_error(NULL, "calbook: out of memory");
		return FAILURE;
	}
	ZVAL_NULL(&details);
	if (err.details_json) {
		if (php_json_decode_ex(&details, err.details_json, strlen(err.details_json), PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) != SUCCESS) {
			zval_ptr_dtor(&details);
			ZVAL_NULL(&details);
			JSON_G(error_code) = PHP_JSON_ERROR_NONE;
		}
	}
	request_id = calbook_headers_first(response_headers(r), ZEND_STRL("x-request-id"));

	smart_str_appends(&msg, "Cal.com API error: HTTP ");
	smart_str_append_long(&msg, r->status);
	if (err.code) {
		smart_str_appends(&msg, " ");
		smart_str_appends(&msg, err.code);
	}
	if (err.message && err.message[0]) {
		smart_str_appends(&msg, ": ");
		smart_str_appends(&msg, err.message);
	} else if (err.shape == CB_APIERR_SHAPE_NONE) {
		snprintf(fallback, sizeof(fallback), " (%s body of %zu bytes)",
			ZSTR_LEN(r->body) ? "unrecognised" : "empty", ZSTR_LEN(r->body));
		smart_str_appends(&msg, fallback);
	}
	if (request_id) {
		smart_str_appends(&msg, " [request id ");
		smart_str_append(&msg, request_id);
		smart_str_appendc(&msg, ']');
	}
	smart_str_0(&msg);

	calbook_throw_api((int) r->status, err.code, ZSTR_VAL(msg.s), &details,
		request_id ? ZSTR_VAL(request_id) : NULL,
		r->status == 429 ? calbook_response_reset_seconds(obj) : -1);

	smart_str_free(&msg);
	zval_ptr_dtor(&details);
	cb_apierr_free(&err);
	return FAILURE;
}
/* }}} */

/* {{{ methods */
ZEND_METHOD(Calbook_Response, __construct)
{
	zend_long status;
	zend_string *body = NULL;
	HashTable *headers = NULL;
	calbook_response *r = Z_RESPONSE_P(ZEND_THIS);
	zend_string *name;
	zval *value;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_LONG(status)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(body)
		Z_PARAM_ARRAY_HT(headers)
	ZEND_PARSE_PARAMETERS_END();

	/* Like a readonly property, a Response is initialised once: re-initialising would change
	 * arrays that earlier headers()/json() results still share. */
	if (r->constructed) {
		zend_throw_error(NULL, "Cannot re-initialize Calbook\\Response: it is already constructed");
		RETURN_THROWS();
	}
	if (status < 100 || status > 599) {
		zend_argument_value_error(1, "must be an HTTP status from 100 to 599");
		RETURN_THROWS();
	}
	if (headers) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(headers, name, value) {
			if (!name || ZSTR_LEN(name) == 0) {
				zend_argument_value_error(3, "must be keyed by header name");
				RETURN_THROWS();
			}
			ZVAL_DEREF(value);
			if (Z_TYPE_P(value) == IS_STRING) {
				continue;
			}
			if (Z_TYPE_P(value) == IS_ARRAY) {
				zval *item;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
					ZVAL_DEREF(item);
					if (Z_TYPE_P(item) != IS_STRING) {
						zend_argument_value_error(3, "must map each header name to a string or a list of strings");
						RETURN_THROWS();
					}
				} ZEND_HASH_FOREACH_END();
				continue;
			}
			zend_argument_value_error(3, "must map each header name to a string or a list of strings");
			RETURN_THROWS();
		} ZEND_HASH_FOREACH_END();
	}

	r->constructed = true;
	r->status = status;
	r->body = body ? zend_string_copy(body) : ZSTR_EMPTY_ALLOC();
	array_init(&r->headers);
	if (headers) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(headers, name, value) {
			ZVAL_DEREF(value);
			if (Z_TYPE_P(value) == IS_STRING) {
				add_header(&r->headers, name, value);
			} else {
				zval *item;
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
					ZVAL_DEREF(item);
					add_header(&r->headers, name, item);
				} ZEND_HASH_FOREACH_END();
			}
		} ZEND_HASH_FOREACH_END();
	}
}

ZEND_METHOD(Calbook_Response, status)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(Z_RESPONSE_P(ZEND_THIS)->status);
}

ZEND_METHOD(Calbook_Response, successful)
{
	zend_long s = Z_RESPONSE_P(ZEND_THIS)->status;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(s >= 200 && s < 300);
}

ZEND_METHOD(Calbook_Response, ok)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_RESPONSE_P(ZEND_THIS)->status == 200);
}

ZEND_METHOD(Calbook_Response, failed)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_RESPONSE_P(ZEND_THIS)->status >= 400);
}

ZEND_METHOD(Calbook_Response, clientError)
{
	zend_long s = Z_RESPONSE_P(ZEND_THIS)->status;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(s >= 400 && s < 500);
}

ZEND_METHOD(Calbook_Response, serverError)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(Z_RESPONSE_P(ZEND_THIS)->status >= 500);
}

ZEND_METHOD(Calbook_Response, body)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(Z_RESPONSE_P(ZEND_THIS)->body);
}

/* Laravel's data_get() for dot keys: "data.hosts.0.email". A segment that is missing, or a
 * step into something that is not an array, gives the default. */
static void json_get(zval *root, zend_string *key, zval *def, zval *return_value)
{
	const char *p = ZSTR_VAL(key), *end = p + ZSTR_LEN(key);
	zval *cur = root;

	while (1) {
		const char *dot = memchr(p, '.', end - p);
		size_t seg_len = dot ? (size_t) (dot - p) : (size_t) (end - p);
		zval *next;

		if (Z_TYPE_P(cur) != IS_ARRAY) {
			goto missing;
		}
		next = zend_symtable_str_find(Z_ARRVAL_P(cur), p, seg_len);
		if (!next) {
			goto missing;
		}
		cur = next;
		if (!dot) {
			break;
		}
		p = dot + 1;
	}
	RETURN_COPY_DEREF(cur);

missing:
	if (def) {
		RETURN_COPY_DEREF(def);
	}
	RETURN_NULL();
}

ZEND_METHOD(Calbook_Response, json)
{
	zend_string *key = NULL;
	zval *def = NULL;
	zval *json;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(key)
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();

	json = response_json(Z_RESPONSE_P(ZEND_THIS));
	if (!key) {
		RETURN_COPY(json);
	}
	json_get(json, key, def, return_value);
}

ZEND_METHOD(Calbook_Response, data)
{
	zval *json, *data;

	ZEND_PARSE_PARAMETERS_NONE();
	json = response_json(Z_RESPONSE_P(ZEND_THIS));
	if (Z_TYPE_P(json) == IS_ARRAY && (data = zend_hash_str_find(Z_ARRVAL_P(json), "data", sizeof("data") - 1))) {
		RETURN_COPY_DEREF(data);
	}
	RETURN_NULL();
}

ZEND_METHOD(Calbook_Response, header)
{
	zend_string *name, *lower;
	zval *list, *v;
	smart_str out = {0};

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	lower = zend_string_tolower(name);
	list = zend_hash_find(Z_ARRVAL_P(response_headers(Z_RESPONSE_P(ZEND_THIS))), lower);
	zend_string_release(lower);
	if (!list || Z_TYPE_P(list) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(list)) == 0) {
		RETURN_NULL();
	}
	/* Several values come back as one line, as PSR-7's getHeaderLine() gives them. */
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), v) {
		if (out.s) {
			smart_str_appends(&out, ", ");
		}
		if (Z_TYPE_P(v) == IS_STRING) {
			smart_str_append(&out, Z_STR_P(v));
		}
	} ZEND_HASH_FOREACH_END();
	RETURN_STR(smart_str_extract(&out));
}

ZEND_METHOD(Calbook_Response, headers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(response_headers(Z_RESPONSE_P(ZEND_THIS)));
}

ZEND_METHOD(Calbook_Response, throw)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (calbook_response_throw_if_failed(Z_OBJ_P(ZEND_THIS)) == FAILURE) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}
/* }}} */

void calbook_register_response(void)
{
	calbook_ce_response = register_class_Calbook_Response();
	calbook_ce_response->create_object = response_create_object;
	memcpy(&response_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	response_handlers.offset = XtOffsetOf(calbook_response, std);
	response_handlers.free_obj = response_free;
	response_handlers.clone_obj = NULL;
	response_handlers.compare = zend_objects_not_comparable;
	response_handlers.get_debug_info = response_debug_info;
}
