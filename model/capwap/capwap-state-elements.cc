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

/**
 * Write the start that Add Station and Delete Station share (RFC 5415 §4.6.8, §4.6.20): Radio
 * ID, Length 6, MAC Address.
 * \param w where to write \param radioId the Radio ID \param mac the station's address
 */
void
WriteStationAddress(ByteWriter& w, uint8_t radioId, Mac48Address mac)
{
    w.WriteU8(radioId);
    w.WriteU8(6);
    w.WriteMac(mac);
}

/**
 * Read the start that Add Station and Delete Station share (see WriteStationAddress).
 * \param r the element's Value, whose Length was checked
 * \param type the element Type, for the reasons
 * \param lengthNote appended to the reason for a Length other than 6
 * \param radioId the Radio ID
 * \param mac the MAC Address
 * \param why the reason on failure
 * \return true if the Radio ID is 1..31 and the Length 6
 */
bool
ReadStationAddress(ByteReader& r,
                   uint16_t type,
                   const char* lengthNote,
                   uint8_t& radioId,
                   Mac48Address& mac,
                   std::string& why)
{
    radioId = r.ReadU8();
    const uint8_t length = r.ReadU8();
    if (!CapwapMessageElement::CheckRadioId(type, radioId, why))
    {
        return false;
    }
    if (length != 6)
    {
        why = CapwapElementTypeName(type) + " MAC address Length " + std::to_string(length) +
              " is not 6" + lengthNote;
        return false;
    }
    mac = r.ReadMac();
    return true;
}

} // namespace

// -------------------------------------------------------------------------------- Add Station

CapwapMessageElement
CapwapAddStationElement::ToElement() const
{
    NS_ABORT_MSG_IF(vlanName.size() > MAX_VLAN_NAME, "Add Station VLAN Name too long");
    ByteWriter w;
    WriteStationAddress(w, radioId, macAddress);
    w.WriteString(vlanName);
    return CapwapMessageElement(TYPE, w.GetBytes());
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
    if (!ReadStationAddress(r,
                            TYPE,
                            " (only EUI-48 is supported)",
                            out.radioId,
                            out.macAddress,
                            why))
    {
        return false;
    }
    out.vlanName = r.ReadString(r.GetRemaining());
    return r.IsDone();
}

// ----------------------------------------------------------------------------- Delete Station

CapwapMessageElement
CapwapDeleteStationElement::ToElement() const
{
    ByteWriter w;
    WriteStationAddress(w, radioId, macAddress);
    return CapwapMessageElement(TYPE, w.GetBytes());
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
    return ReadStationAddress(r, TYPE, "", out.radioId, out.macAddress, why) && r.IsDone();
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
    if (out.radioId != capwap::RADIO_ID_WTP &&
        !CapwapMessageElement::CheckRadioId(TYPE, out.radioId, why))
    {
        return false;
    }
    return CapwapMessageElement::CheckRange(out.adminState,
                                            ENABLED,
                                            DISABLED,
                                            CapwapMessageElement::FieldName(TYPE, "Admin State"),
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
    return CapwapMessageElement::CheckRadioId(TYPE, out.radioId, why) &&
           CapwapMessageElement::CheckRange(out.state,
                                            ENABLED,
                                            DISABLED,
                                            CapwapMessageElement::FieldName(TYPE, "State"),
                                            why) &&
           CapwapMessageElement::CheckRange(out.cause,
                                            CAUSE_NORMAL,
                                            CAUSE_ADMINISTRATIVELY_SET,
                                            CapwapMessageElement::FieldName(TYPE, "Cause"),
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
    return CapwapMessageElement(TYPE, w.GetBytes());
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
