/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4a1cf27bcd17293f0497b4ce07630616d5287990 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Calbook_HostMapper___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, staff, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, mappings, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_HostMapper_extractHost, 0, 1, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO(0, bookingOrPayload, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_HostMapper_resolve, 0, 1, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO(0, hostOrBooking, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_HostMapper_assign, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, booking, IS_ARRAY, 0)
	ZEND_ARG_TYPE_MASK(0, preferredStaffId, MAY_BE_LONG|MAY_BE_STRING|MAY_BE_NULL, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_HostMapper_resolveMany, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, bookings, Traversable, MAY_BE_ARRAY, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(Calbook_HostMapper, __construct);
ZEND_METHOD(Calbook_HostMapper, extractHost);
ZEND_METHOD(Calbook_HostMapper, resolve);
ZEND_METHOD(Calbook_HostMapper, assign);
ZEND_METHOD(Calbook_HostMapper, resolveMany);


static const zend_function_entry class_Calbook_HostMapper_methods[] = {
	ZEND_ME(Calbook_HostMapper, __construct, arginfo_class_Calbook_HostMapper___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_HostMapper, extractHost, arginfo_class_Calbook_HostMapper_extractHost, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Calbook_HostMapper, resolve, arginfo_class_Calbook_HostMapper_resolve, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_HostMapper, assign, arginfo_class_Calbook_HostMapper_assign, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_HostMapper, resolveMany, arginfo_class_Calbook_HostMapper_resolveMany, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Calbook_HostMapper(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "HostMapper", class_Calbook_HostMapper_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
