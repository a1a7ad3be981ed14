/* Calbook\Client: placeholder until implemented. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/Client_arginfo.h"

zend_class_entry *calbook_ce_client;
static zend_object_handlers client_handlers;

ZEND_METHOD(Calbook_Client, __construct)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::__construct() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, createBooking)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::createBooking() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, getBooking)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::getBooking() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, getBookings)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::getBookings() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, cancelBooking)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::cancelBooking() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, rescheduleBooking)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::rescheduleBooking() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, reassignBooking)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::reassignBooking() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, confirmBooking)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::confirmBooking() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, declineBooking)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::declineBooking() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, markAbsent)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::markAbsent() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, getAvailableSlots)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::getAvailableSlots() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, reserveSlot)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::reserveSlot() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, releaseSlot)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::releaseSlot() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, getEventTypes)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::getEventTypes() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, getEventType)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::getEventType() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, createEventType)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::createEventType() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, updateEventType)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::updateEventType() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, deleteEventType)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::deleteEventType() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, getWebhooks)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::getWebhooks() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, createWebhook)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::createWebhook() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, deleteWebhook)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::deleteWebhook() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, getTeamMembers)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::getTeamMembers() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, getBookingsByUid)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::getBookingsByUid() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, request)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::request() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Client, stats)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Client::stats() is not available in this build");
	RETURN_THROWS();
}

static zend_object *client_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &client_handlers;
	return obj;
}

void calbook_register_client(void)
{
	calbook_ce_client = register_class_Calbook_Client();
	calbook_ce_client->create_object = client_create;
	memcpy(&client_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	client_handlers.clone_obj = NULL;
	client_handlers.compare = zend_objects_not_comparable;
}
