/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 498387fabf6f992d355b97117cb871dffc729944 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Calbook_Webhook___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Webhook_verify, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, rawBody, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, signature, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, secret, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Webhook_parse, 0, 3, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, rawBody, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, signature, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, secret, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Calbook_Webhook, __construct);
ZEND_METHOD(Calbook_Webhook, verify);
ZEND_METHOD(Calbook_Webhook, parse);


static const zend_function_entry class_Calbook_Webhook_methods[] = {
	ZEND_ME(Calbook_Webhook, __construct, arginfo_class_Calbook_Webhook___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Calbook_Webhook, verify, arginfo_class_Calbook_Webhook_verify, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Calbook_Webhook, parse, arginfo_class_Calbook_Webhook_parse, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Calbook_Webhook(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "Webhook", class_Calbook_Webhook_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "verify", sizeof("verify") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "parse", sizeof("parse") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
