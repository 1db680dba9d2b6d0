/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-state-elements.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapStateElements");

namespace
{

/// \param type element Type \param writer its value \return the element
CapwapMessageElement
Make(uint16_t type, const ByteWriter& writer)
{
    return CapwapMessageElement(type, writer.GetBytes());
}

/// \param type element Type \param field field name \return "Element Name field"
std::string
Field(uint16_t type, const char* field)
{
    return CapwapElementTypeName(type) + " " + field;
}

/**
 * \param type the element Type
 * \param radioId a Radio ID
 * \param why the reason on failure
 * \return true if \p radioId is 1..31
 */
bool
CheckRadioId(uint16_t type, uint8_t radioId, std::string& why)
{
    return CapwapMessageElement::CheckRange(radioId,
                                            1,
                                            capwap::MAX_RADIO_ID,
                                            Field(type, "Radio ID"),
                                            why);
}

} // namespace

// -------------------------------------------------------------------------------- Add Station

CapwapMessageElement
CapwapAddStationElement::ToElement() const
{
    NS_ABORT_MSG_IF(vlanName.size() > MAX_VLAN_NAME, "Add Station VLAN Name too long");
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteU8(6);
    w.WriteMac(macAddress);
    w.WriteString(vlanName);
    return Make(TYPE, w);
}

bool
CapwapAddStationElement::FromElement(const CapwapMessageElement& e,
                                     CapwapAddStationElement& out,
                                     std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 8, 8 + MAX_VLAN_NAME, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.radioId = r.ReadU8();
    const uint8_t length = r.ReadU8();
    if (!CheckRadioId(TYPE, out.radioId, why))
    {
        return false;
    }
    if (length != 6)
    {
        why = "Add Station MAC address Length " + std::to_string(length) +
              " is not 6 (only EUI-48 is supported)";
        return false;
    }
    out.macAddress = r.ReadMac();
    out.vlanName = r.ReadString(r.GetRemaining());
    return r.IsDone();
}

// ----------------------------------------------------------------------------- Delete Station

CapwapMessageElement
CapwapDeleteStationElement::ToElement() const
{
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteU8(6);
    w.WriteMac(macAddress);
    return Make(TYPE, w);
}

bool
CapwapDeleteStationElement::FromElement(const CapwapMessageElement& e,
                                        CapwapDeleteStationElement& out,
                                        std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 8, 8, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.radioId = r.ReadU8();
    const uint8_t length = r.ReadU8();
    if (!CheckRadioId(TYPE, out.radioId, why))
    {
        return false;
    }
    if (length != 6)
    {
        why = "Delete Station MAC address Length " + std::to_string(length) + " is not 6";
        return false;
    }
    out.macAddress = r.ReadMac();
    return r.IsDone();
}

// ----------------------------------------------------------------- Radio Administrative State

CapwapMessageElement
CapwapRadioAdministrativeStateElement::ToElement() const
{
    return CapwapMessageElement(TYPE, {radioId, adminState});
}

bool
CapwapRadioAdministrativeStateElement::FromElement(const CapwapMessageElement& e,
                                                   CapwapRadioAdministrativeStateElement& out,
                                                   std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 2, 2, why))
    {
        return false;
    }
    out.radioId = e.value[0];
    out.adminState = e.value[1];
    if (out.radioId != capwap::RADIO_ID_WTP && !CheckRadioId(TYPE, out.radioId, why))
    {
        return false;
    }
    return CapwapMessageElement::CheckRange(out.adminState,
                                            ENABLED,
                                            DISABLED,
                                            Field(TYPE, "Admin State"),
                                            why);
}

// -------------------------------------------------------------------- Radio Operational State

CapwapMessageElement
CapwapRadioOperationalStateElement::ToElement() const
{
    return CapwapMessageElement(TYPE, {radioId, state, cause});
}

bool
CapwapRadioOperationalStateElement::FromElement(const CapwapMessageElement& e,
                                                CapwapRadioOperationalStateElement& out,
                                                std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 3, 3, why))
    {
        return false;
    }
    out.radioId = e.value[0];
    out.state = e.value[1];
    out.cause = e.value[2];
    return CheckRadioId(TYPE, out.radioId, why) &&
           CapwapMessageElement::CheckRange(out.state,
                                            ENABLED,
                                            DISABLED,
                                            Field(TYPE, "State"),
                                            why) &&
           CapwapMessageElement::CheckRange(out.cause,
                                            CAUSE_NORMAL,
                                            CAUSE_ADMINISTRATIVELY_SET,
                                            Field(TYPE, "Cause"),
                                            why);
}

// ---------------------------------------------------------------------- WTP Reboot Statistics

CapwapMessageElement
CapwapWtpRebootStatisticsElement::ToElement() const
{
    ByteWriter w;
    w.WriteU16(rebootCount);
    w.WriteU16(acInitiatedCount);
    w.WriteU16(linkFailureCount);
    w.WriteU16(swFailureCount);
    w.WriteU16(hwFailureCount);
    w.WriteU16(otherFailureCount);
    w.WriteU16(unknownFailureCount);
    w.WriteU8(lastFailureType);
    return Make(TYPE, w);
}

bool
CapwapWtpRebootStatisticsElement::FromElement(const CapwapMessageElement& e,
                                              CapwapWtpRebootStatisticsElement& out,
                                              std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 15, 15, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.rebootCount = r.ReadU16();
    out.acInitiatedCount = r.ReadU16();
    out.linkFailureCount = r.ReadU16();
    out.swFailureCount = r.ReadU16();
    out.hwFailureCount = r.ReadU16();
    out.otherFailureCount = r.ReadU16();
    out.unknownFailureCount = r.ReadU16();
    out.lastFailureType = r.ReadU8();
    if (out.lastFailureType > OTHER_FAILURE && out.lastFailureType != UNKNOWN)
    {
        why = "WTP Reboot Statistics Last Failure Type " + std::to_string(out.lastFailureType) +
              " is not defined";
        return false;
    }
    return r.IsDone();
}

} // namespace ns3
