/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4485f30024b6210dddceae79f67c3a696a74c9ff */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Calbook_Client___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, apiKey, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_createBooking, 0, 1, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, booking, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_getBooking, 0, 1, Calbook\\Response, 0)
	ZEND_ARG_TYPE_MASK(0, idOrUid, MAY_BE_LONG|MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_getBookings, 0, 0, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, filters, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_cancelBooking, 0, 1, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, uid, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reason, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_rescheduleBooking, 0, 2, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, uid, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_reassignBooking, 0, 1, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, uid, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, userId, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reason, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_confirmBooking, 0, 1, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, uid, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Calbook_Client_declineBooking arginfo_class_Calbook_Client_cancelBooking

#define arginfo_class_Calbook_Client_markAbsent arginfo_class_Calbook_Client_rescheduleBooking

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_getAvailableSlots, 0, 1, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, query, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_reserveSlot, 0, 1, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_releaseSlot, 0, 1, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, reservationUid, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_getEventTypes, 0, 0, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, query, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_getEventType, 0, 1, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Calbook_Client_createEventType arginfo_class_Calbook_Client_reserveSlot

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_updateEventType, 0, 2, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Calbook_Client_deleteEventType arginfo_class_Calbook_Client_getEventType

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_getWebhooks, 0, 0, Calbook\\Response, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Calbook_Client_createWebhook arginfo_class_Calbook_Client_reserveSlot

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_deleteWebhook, 0, 1, Calbook\\Response, 0)
	ZEND_ARG_TYPE_MASK(0, id, MAY_BE_LONG|MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_getTeamMembers, 0, 0, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, teamId, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Client_getBookingsByUid, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, uids, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, concurrency, IS_LONG, 0, "8")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Calbook_Client_request, 0, 2, Calbook\\Response, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Calbook_Client_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Calbook_Client, __construct);
ZEND_METHOD(Calbook_Client, createBooking);
ZEND_METHOD(Calbook_Client, getBooking);
ZEND_METHOD(Calbook_Client, getBookings);
ZEND_METHOD(Calbook_Client, cancelBooking);
ZEND_METHOD(Calbook_Client, rescheduleBooking);
ZEND_METHOD(Calbook_Client, reassignBooking);
ZEND_METHOD(Calbook_Client, confirmBooking);
ZEND_METHOD(Calbook_Client, declineBooking);
ZEND_METHOD(Calbook_Client, markAbsent);
ZEND_METHOD(Calbook_Client, getAvailableSlots);
ZEND_METHOD(Calbook_Client, reserveSlot);
ZEND_METHOD(Calbook_Client, releaseSlot);
ZEND_METHOD(Calbook_Client, getEventTypes);
ZEND_METHOD(Calbook_Client, getEventType);
ZEND_METHOD(Calbook_Client, createEventType);
ZEND_METHOD(Calbook_Client, updateEventType);
ZEND_METHOD(Calbook_Client, deleteEventType);
ZEND_METHOD(Calbook_Client, getWebhooks);
ZEND_METHOD(Calbook_Client, createWebhook);
ZEND_METHOD(Calbook_Client, deleteWebhook);
ZEND_METHOD(Calbook_Client, getTeamMembers);
ZEND_METHOD(Calbook_Client, getBookingsByUid);
ZEND_METHOD(Calbook_Client, request);
ZEND_METHOD(Calbook_Client, stats);


static const zend_function_entry class_Calbook_Client_methods[] = {
	ZEND_ME(Calbook_Client, __construct, arginfo_class_Calbook_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, createBooking, arginfo_class_Calbook_Client_createBooking, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, getBooking, arginfo_class_Calbook_Client_getBooking, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, getBookings, arginfo_class_Calbook_Client_getBookings, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, cancelBooking, arginfo_class_Calbook_Client_cancelBooking, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, rescheduleBooking, arginfo_class_Calbook_Client_rescheduleBooking, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, reassignBooking, arginfo_class_Calbook_Client_reassignBooking, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, confirmBooking, arginfo_class_Calbook_Client_confirmBooking, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, declineBooking, arginfo_class_Calbook_Client_declineBooking, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, markAbsent, arginfo_class_Calbook_Client_markAbsent, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, getAvailableSlots, arginfo_class_Calbook_Client_getAvailableSlots, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, reserveSlot, arginfo_class_Calbook_Client_reserveSlot, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, releaseSlot, arginfo_class_Calbook_Client_releaseSlot, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, getEventTypes, arginfo_class_Calbook_Client_getEventTypes, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, getEventType, arginfo_class_Calbook_Client_getEventType, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, createEventType, arginfo_class_Calbook_Client_createEventType, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, updateEventType, arginfo_class_Calbook_Client_updateEventType, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, deleteEventType, arginfo_class_Calbook_Client_deleteEventType, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, getWebhooks, arginfo_class_Calbook_Client_getWebhooks, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, createWebhook, arginfo_class_Calbook_Client_createWebhook, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, deleteWebhook, arginfo_class_Calbook_Client_deleteWebhook, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, getTeamMembers, arginfo_class_Calbook_Client_getTeamMembers, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, getBookingsByUid, arginfo_class_Calbook_Client_getBookingsByUid, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, request, arginfo_class_Calbook_Client_request, ZEND_ACC_PUBLIC)
	ZEND_ME(Calbook_Client, stats, arginfo_class_Calbook_Client_stats, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Calbook_Client(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Calbook", "Client", class_Calbook_Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
