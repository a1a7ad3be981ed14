/* Calbook\Webhook: X-Cal-Signature-256 verification and parsing of Cal.com webhook deliveries. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "ext/json/php_json.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/cb_zval.h"
#include "core/cb_webhook_sig.h"
#include "core/cb_host.h"
#include "php/Webhook_arginfo.h"

zend_class_entry *calbook_ce_webhook;
static zend_object_handlers webhook_handlers;

ZEND_METHOD(Calbook_Webhook, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(Calbook_Webhook, verify)
{
	zend_string *body, *sig, *secret;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(body)
		Z_PARAM_STR(sig)
		Z_PARAM_STR(secret)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(cb_webhook_verify(ZSTR_VAL(body), ZSTR_LEN(body), ZSTR_VAL(sig), ZSTR_LEN(sig),
		ZSTR_VAL(secret), ZSTR_LEN(secret)));
}

/* A non-empty string member of an array zval, or NULL. */
static zval *str_member(zval *arr, const char *name)
{
	zval *v;
	if (arr == NULL || Z_TYPE_P(arr) != IS_ARRAY) {
		return NULL;
	}
	v = zend_hash_str_find_deref(Z_ARRVAL_P(arr), name, strlen(name));
	return (v != NULL && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0) ? v : NULL;
}

ZEND_METHOD(Calbook_Webhook, parse)
{
	zend_string *body, *sig, *secret;
	zval decoded, host, *payload, *uid, *trigger;
	const char *p, *end;
	cb_host h;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(body)
		Z_PARAM_STR(sig)
		Z_PARAM_STR(secret)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(secret) == 0) {
		calbook_throw(calbook_ce_signature, "Webhook secret is empty: the signature cannot be checked");
		RETURN_THROWS();
	}
	if (!cb_webhook_verify(ZSTR_VAL(body), ZSTR_LEN(body), ZSTR_VAL(sig), ZSTR_LEN(sig),
			ZSTR_VAL(secret), ZSTR_LEN(secret))) {
		calbook_throw(calbook_ce_signature, "Webhook signature does not match the body");
		RETURN_THROWS();
	}
	p = ZSTR_VAL(body);
	end = p + ZSTR_LEN(body);
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
		p++;
	}
	if (p == end || *p != '{') {
		calbook_throw(calbook_ce_invalid_response, "Webhook body is not a JSON object");
		RETURN_THROWS();
	}
	ZVAL_NULL(&decoded);
	if (php_json_decode_ex(&decoded, ZSTR_VAL(body), ZSTR_LEN(body), PHP_JSON_OBJECT_AS_ARRAY,
			PHP_JSON_PARSER_DEFAULT_DEPTH) != SUCCESS || Z_TYPE(decoded) != IS_ARRAY) {
		zval_ptr_dtor(&decoded);
		JSON_G(error_code) = PHP_JSON_ERROR_NONE;
		calbook_throw(calbook_ce_invalid_response, "Webhook body is not valid JSON");
		RETURN_THROWS();
	}

	array_init_size(return_value, 5);
	trigger = str_member(&decoded, "triggerEvent");
	if (trigger != NULL) {
		Z_TRY_ADDREF_P(trigger);
		zend_hash_add_new(Z_ARRVAL_P(return_value), calbook_k.trigger_event, trigger);
	} else {
		zend_hash_add_empty_element(Z_ARRVAL_P(return_value), calbook_k.trigger_event);
	}
	/* The booking uid: payload.uid, the flat body's uid, or bookingUid (BOOKING_NO_SHOW_UPDATED). */
	payload = zend_hash_str_find_deref(Z_ARRVAL(decoded), "payload", sizeof("payload") - 1);
	uid = str_member(payload, "uid");
	if (uid == NULL) {
		uid = str_member(&decoded, "uid");
	}
	if (uid == NULL) {
		uid = str_member(payload, "bookingUid");
	}
	if (uid == NULL) {
		uid = str_member(&decoded, "bookingUid");
	}
	if (uid != NULL) {
		Z_TRY_ADDREF_P(uid);
		zend_hash_add_new(Z_ARRVAL_P(return_value), calbook_k.uid, uid);
	} else {
		zend_hash_add_empty_element(Z_ARRVAL_P(return_value), calbook_k.uid);
	}
	if (cb_host_extract(&calbook_zval_ops, &decoded, &h)) {
		calbook_host_to_zval(&h, &host);
	} else {
		ZVAL_NULL(&host);
	}
	zend_hash_add_new(Z_ARRVAL_P(return_value), calbook_k.host, &host);
	/* The booking payload: the envelope's `payload`, the body itself for the flat shapes (no
	 * `payload` member), or null when `payload` is not an object. */
	if (payload == NULL) {
		Z_TRY_ADDREF(decoded);
		zend_hash_str_add_new(Z_ARRVAL_P(return_value), "payload", sizeof("payload") - 1, &decoded);
	} else if (Z_TYPE_P(payload) == IS_ARRAY) {
		Z_TRY_ADDREF_P(payload);
		zend_hash_str_add_new(Z_ARRVAL_P(return_value), "payload", sizeof("payload") - 1, payload);
	} else {
		zend_hash_str_add_empty_element(Z_ARRVAL_P(return_value), "payload", sizeof("payload") - 1);
	}
	zend_hash_add_new(Z_ARRVAL_P(return_value), calbook_k.body, &decoded);
}

static zend_object *webhook_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &webhook_handlers;
	return obj;
}

void calbook_register_webhook(void)
{
	calbook_zval_init();
	calbook_ce_webhook = register_class_Calbook_Webhook();
	calbook_ce_webhook->create_object = webhook_create;
	memcpy(&webhook_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	webhook_handlers.clone_obj = NULL;
	webhook_handlers.compare = zend_objects_not_comparable;
}
