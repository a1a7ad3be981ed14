/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: b8bc6368b582c6f28cda94134185ed298032c6b5 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_RateLimiter_acquire, 0, 3, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, keyId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, cost, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, priority, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_RateLimiter_observe, 0, 6, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, keyId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, priority, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, status, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, limit, IS_LONG, 1)
	ZEND_ARG_TYPE_INFO(0, remaining, IS_LONG, 1)
	ZEND_ARG_TYPE_INFO(0, resetSeconds, IS_LONG, 1)
ZEND_END_ARG_INFO()




static const zend_function_entry class_Calbook_RateLimiter_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Calbook_RateLimiter, acquire, arginfo_class_Calbook_RateLimiter_acquire, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Calbook_RateLimiter, observe, arginfo_class_Calbook_RateLimiter_observe, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};

static zend_class_entry *register_class_Calbook_RateLimiter(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "RateLimiter", class_Calbook_RateLimiter_methods);
	class_entry = zend_register_internal_interface(&ce);

	zval const_LIVE_value;
	zend_string *const_LIVE_value_str = zend_string_init("live", strlen("live"), 1);
	ZVAL_STR(&const_LIVE_value, const_LIVE_value_str);
	zend_string *const_LIVE_name = zend_string_init_interned("LIVE", sizeof("LIVE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LIVE_name, &const_LIVE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LIVE_name);

	zval const_BATCH_value;
	zend_string *const_BATCH_value_str = zend_string_init("batch", strlen("batch"), 1);
	ZVAL_STR(&const_BATCH_value, const_BATCH_value_str);
	zend_string *const_BATCH_name = zend_string_init_interned("BATCH", sizeof("BATCH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BATCH_name, &const_BATCH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BATCH_name);

	return class_entry;
}
