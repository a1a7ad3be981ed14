/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f8cbe50c52acd52553c672dffca1b733adb6068b */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Calbook_Response___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, status, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_STRING, 0, "\"\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Response_status, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Response_successful, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Calbook_Response_ok arginfo_class_Calbook_Response_successful

#define arginfo_class_Calbook_Response_failed arginfo_class_Calbook_Response_successful

#define arginfo_class_Calbook_Response_clientError arginfo_class_Calbook_Response_successful

#define arginfo_class_Calbook_Response_serverError arginfo_class_Calbook_Response_successful

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Response_body, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Response_json, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Response_data, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Response_header, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Response_headers, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Response_throw, 0, 0, IS_STATIC, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Calbook_Response, __construct);
ZEND_METHOD(Calbook_Response, status);
ZEND_METHOD(Calbook_Response, successful);
ZEND_METHOD(Calbook_Response, ok);
ZEND_METHOD(Calbook_Response, failed);
ZEND_METHOD(Calbook_Response, clientError);
ZEND_METHOD(Calbook_Response, serverError);
ZEND_METHOD(Calbook_Response, body);
ZEND_METHOD(Calbook_Response, json);
ZEND_METHOD(Calbook_Response, data);
ZEND_METHOD(Calbook_Response, header);
ZEND_METHOD(Calbook_Response, headers);
ZEND_METHOD(Calbook_Response, throw);


static const zend_function_entry class_Calbook_Response_methods[] = {
	ZEND_ME(Calbook_Response, __construct, arginfo_class_Calbook_Response___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, status, arginfo_class_Calbook_Response_status, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, successful, arginfo_class_Calbook_Response_successful, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, ok, arginfo_class_Calbook_Response_ok, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, failed, arginfo_class_Calbook_Response_failed, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, clientError, arginfo_class_Calbook_Response_clientError, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, serverError, arginfo_class_Calbook_Response_serverError, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, body, arginfo_class_Calbook_Response_body, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, json, arginfo_class_Calbook_Response_json, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, data, arginfo_class_Calbook_Response_data, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, header, arginfo_class_Calbook_Response_header, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, headers, arginfo_class_Calbook_Response_headers, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Response, throw, arginfo_class_Calbook_Response_throw, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Calbook_Response(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "Response", class_Calbook_Response_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
