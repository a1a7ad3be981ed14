/* calbook's exception tree: classes from exceptions.stub.php, getters and throw helpers. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"

#include "php/exceptions.h"
#include "php/exceptions_arginfo.h"

zend_class_entry *calbook_ce_exception;
zend_class_entry *calbook_ce_invalid_argument;
zend_class_entry *calbook_ce_runtime;
zend_class_entry *calbook_ce_transport;
zend_class_entry *calbook_ce_api;
zend_class_entry *calbook_ce_rate_limit;
zend_class_entry *calbook_ce_not_found;
zend_class_entry *calbook_ce_invalid_response;
zend_class_entry *calbook_ce_signature;

void calbook_register_exceptions(void)
{
	calbook_ce_exception = register_class_Calbook_Exception(zend_ce_throwable);
	calbook_ce_invalid_argument = register_class_Calbook_InvalidArgumentException(spl_ce_InvalidArgumentException, calbook_ce_exception);
	calbook_ce_runtime = register_class_Calbook_RuntimeException(spl_ce_RuntimeException, calbook_ce_exception);
	calbook_ce_transport = register_class_Calbook_TransportException(calbook_ce_runtime);
	calbook_ce_api = register_class_Calbook_ApiException(calbook_ce_runtime);
	calbook_ce_rate_limit = register_class_Calbook_RateLimitException(calbook_ce_api);
	calbook_ce_not_found = register_class_Calbook_NotFoundException(calbook_ce_api);
	calbook_ce_invalid_response = register_class_Calbook_InvalidResponseException(calbook_ce_runtime);
	calbook_ce_signature = register_class_Calbook_SignatureException(calbook_ce_runtime);
}

static zend_object *throw_message(zend_class_entry *ce, const char *fmt, va_list ap)
{
	zend_string *msg = zend_vstrpprintf(0, fmt, ap);
	zend_object *ex = zend_throw_exception(ce, ZSTR_VAL(msg), 0);
	zend_string_release(msg);
	return ex;
}

zend_object *calbook_throw(zend_class_entry *ce, const char *fmt, ...)
{
	va_list ap;
	zend_object *ex;
	va_start(ap, fmt);
	ex = throw_message(ce, fmt, ap);
	va_end(ap);
	return ex;
}

/* Properties are private to the class that declares them. */
static void set_long(zend_object *ex, zend_class_entry *scope, const char *name, zend_long v)
{
	zend_update_property_long(scope, ex, name, strlen(name), v);
}

zend_object *calbook_throw_transport(bool may_have_reached_server, int curl_code, int attempts, const char *fmt, ...)
{
	va_list ap;
	zend_object *ex;
	va_start(ap, fmt);
	ex = throw_message(calbook_ce_transport, fmt, ap);
	va_end(ap);
	if (ex) {
		zend_update_property_bool(calbook_ce_transport, ex, ZEND_STRL("mayHaveReachedServer"), may_have_reached_server);
		set_long(ex, calbook_ce_transport, "curlCode", curl_code);
		set_long(ex, calbook_ce_transport, "attempts", attempts);
	}
	return ex;
}

zend_object *calbook_throw_api(int status, const char *error_code, const char *message,
	zval *details, const char *request_id, zend_long retry_after)
{
	zend_class_entry *ce = status == 404 ? calbook_ce_not_found : status == 429 ? calbook_ce_rate_limit : calbook_ce_api;
	zend_object *ex = zend_throw_exception(ce, message ? message : "Cal.com API error", status);

	if (!ex) {
		return NULL;
	}
	set_long(ex, calbook_ce_api, "status", status);
	if (error_code) {
		zend_update_property_string(calbook_ce_api, ex, ZEND_STRL("errorCode"), error_code);
	}
	if (details) {
		zend_update_property(calbook_ce_api, ex, ZEND_STRL("details"), details);
	}
	if (request_id) {
		zend_update_property_string(calbook_ce_api, ex, ZEND_STRL("requestId"), request_id);
	}
	if (ce == calbook_ce_rate_limit && retry_after >= 0) {
		set_long(ex, calbook_ce_rate_limit, "retryAfter", retry_after);
	}
	return ex;
}

/* {{{ getters */
static void return_prop(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *name)
{
	zval rv, *v;
	ZEND_PARSE_PARAMETERS_NONE();
	v = zend_read_property(scope, Z_OBJ_P(ZEND_THIS), name, strlen(name), 1, &rv);
	RETURN_COPY_DEREF(v);
}

ZEND_METHOD(Calbook_TransportException, mayHaveReachedServer)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, calbook_ce_transport, "mayHaveReachedServer");
}

ZEND_METHOD(Calbook_TransportException, getCurlCode)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, calbook_ce_transport, "curlCode");
}

ZEND_METHOD(Calbook_TransportException, getAttempts)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, calbook_ce_transport, "attempts");
}

ZEND_METHOD(Calbook_ApiException, getStatus)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, calbook_ce_api, "status");
}

ZEND_METHOD(Calbook_ApiException, getErrorCode)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, calbook_ce_api, "errorCode");
}

ZEND_METHOD(Calbook_ApiException, getDetails)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, calbook_ce_api, "details");
}

ZEND_METHOD(Calbook_ApiException, getRequestId)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, calbook_ce_api, "requestId");
}

ZEND_METHOD(Calbook_RateLimitException, getRetryAfter)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, calbook_ce_rate_limit, "retryAfter");
}
/* }}} */
