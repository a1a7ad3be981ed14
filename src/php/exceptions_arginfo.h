/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: ddb3e1d218d809b274d3de5070f22f5d6488194c */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_TransportException_mayHaveReachedServer, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_TransportException_getCurlCode, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Calbook_TransportException_getAttempts arginfo_class_Calbook_TransportException_getCurlCode

#define arginfo_class_Calbook_ApiException_getStatus arginfo_class_Calbook_TransportException_getCurlCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_ApiException_getErrorCode, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_ApiException_getDetails, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Calbook_ApiException_getRequestId arginfo_class_Calbook_ApiException_getErrorCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_RateLimitException_getRetryAfter, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()


ZEND_METHOD(Calbook_TransportException, mayHaveReachedServer);
ZEND_METHOD(Calbook_TransportException, getCurlCode);
ZEND_METHOD(Calbook_TransportException, getAttempts);
ZEND_METHOD(Calbook_ApiException, getStatus);
ZEND_METHOD(Calbook_ApiException, getErrorCode);
ZEND_METHOD(Calbook_ApiException, getDetails);
ZEND_METHOD(Calbook_ApiException, getRequestId);
ZEND_METHOD(Calbook_RateLimitException, getRetryAfter);


static const zend_function_entry class_Calbook_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Calbook_InvalidArgumentException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Calbook_RuntimeException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Calbook_TransportException_methods[] = {
	ZEND_ME(Calbook_TransportException, mayHaveReachedServer, arginfo_class_Calbook_TransportException_mayHaveReachedServer, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_TransportException, getCurlCode, arginfo_class_Calbook_TransportException_getCurlCode, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_TransportException, getAttempts, arginfo_class_Calbook_TransportException_getAttempts, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Calbook_ApiException_methods[] = {
	ZEND_ME(Calbook_ApiException, getStatus, arginfo_class_Calbook_ApiException_getStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_ApiException, getErrorCode, arginfo_class_Calbook_ApiException_getErrorCode, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_ApiException, getDetails, arginfo_class_Calbook_ApiException_getDetails, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_ApiException, getRequestId, arginfo_class_Calbook_ApiException_getRequestId, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Calbook_RateLimitException_methods[] = {
	ZEND_ME(Calbook_RateLimitException, getRetryAfter, arginfo_class_Calbook_RateLimitException_getRetryAfter, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Calbook_NotFoundException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Calbook_InvalidResponseException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Calbook_SignatureException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Calbook_Exception(zend_class_entry *class_entry_Throwable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "Exception", class_Calbook_Exception_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Throwable);

	return class_entry;
}

static zend_class_entry *register_class_Calbook_InvalidArgumentException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_Calbook_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "InvalidArgumentException", class_Calbook_InvalidArgumentException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	zend_class_implements(class_entry, 1, class_entry_Calbook_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Calbook_RuntimeException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_Calbook_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "RuntimeException", class_Calbook_RuntimeException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_Calbook_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Calbook_TransportException(zend_class_entry *class_entry_Calbook_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "TransportException", class_Calbook_TransportException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Calbook_RuntimeException);

	zval property_mayHaveReachedServer_default_value;
	ZVAL_TRUE(&property_mayHaveReachedServer_default_value);
	zend_string *property_mayHaveReachedServer_name = zend_string_init("mayHaveReachedServer", sizeof("mayHaveReachedServer") - 1, 1);
	zend_declare_typed_property(class_entry, property_mayHaveReachedServer_name, &property_mayHaveReachedServer_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_mayHaveReachedServer_name);

	zval property_curlCode_default_value;
	ZVAL_LONG(&property_curlCode_default_value, 0);
	zend_string *property_curlCode_name = zend_string_init("curlCode", sizeof("curlCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_curlCode_name, &property_curlCode_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_curlCode_name);

	zval property_attempts_default_value;
	ZVAL_LONG(&property_attempts_default_value, 1);
	zend_string *property_attempts_name = zend_string_init("attempts", sizeof("attempts") - 1, 1);
	zend_declare_typed_property(class_entry, property_attempts_name, &property_attempts_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_attempts_name);

	return class_entry;
}

static zend_class_entry *register_class_Calbook_ApiException(zend_class_entry *class_entry_Calbook_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "ApiException", class_Calbook_ApiException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Calbook_RuntimeException);

	zval property_status_default_value;
	ZVAL_LONG(&property_status_default_value, 0);
	zend_string *property_status_name = zend_string_init("status", sizeof("status") - 1, 1);
	zend_declare_typed_property(class_entry, property_status_name, &property_status_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_status_name);

	zval property_errorCode_default_value;
	ZVAL_NULL(&property_errorCode_default_value);
	zend_string *property_errorCode_name = zend_string_init("errorCode", sizeof("errorCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errorCode_name, &property_errorCode_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_errorCode_name);

	zval property_details_default_value;
	ZVAL_NULL(&property_details_default_value);
	zend_string *property_details_name = zend_string_init("details", sizeof("details") - 1, 1);
	zend_declare_typed_property(class_entry, property_details_name, &property_details_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_details_name);

	zval property_requestId_default_value;
	ZVAL_NULL(&property_requestId_default_value);
	zend_string *property_requestId_name = zend_string_init("requestId", sizeof("requestId") - 1, 1);
	zend_declare_typed_property(class_entry, property_requestId_name, &property_requestId_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_requestId_name);

	return class_entry;
}

static zend_class_entry *register_class_Calbook_RateLimitException(zend_class_entry *class_entry_Calbook_ApiException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "RateLimitException", class_Calbook_RateLimitException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Calbook_ApiException);

	zval property_retryAfter_default_value;
	ZVAL_NULL(&property_retryAfter_default_value);
	zend_string *property_retryAfter_name = zend_string_init("retryAfter", sizeof("retryAfter") - 1, 1);
	zend_declare_typed_property(class_entry, property_retryAfter_name, &property_retryAfter_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_retryAfter_name);

	return class_entry;
}

static zend_class_entry *register_class_Calbook_NotFoundException(zend_class_entry *class_entry_Calbook_ApiException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "NotFoundException", class_Calbook_NotFoundException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Calbook_ApiException);

	return class_entry;
}

static zend_class_entry *register_class_Calbook_InvalidResponseException(zend_class_entry *class_entry_Calbook_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "InvalidResponseException", class_Calbook_InvalidResponseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Calbook_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_Calbook_SignatureException(zend_class_entry *class_entry_Calbook_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "SignatureException", class_Calbook_SignatureException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Calbook_RuntimeException);

	return class_entry;
}
