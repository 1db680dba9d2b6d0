/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-elements.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapElements");

// ---------------------------------------------------------------------------------- AC Name

CapwapMessageElement
CapwapAcNameElement::ToElement() const
{
    return CapwapMessageElement::FromString(TYPE, name, MAX_LENGTH);
}

bool
CapwapAcNameElement::FromElement(const CapwapMessageElement& e,
                                 CapwapAcNameElement& out,
                                 std::string& why)
{
    return CapwapMessageElement::CheckString(e, TYPE, MAX_LENGTH, out.name, why);
}

// ---------------------------------------------------------------- CAPWAP Control IPv4 Address

CapwapMessageElement
CapwapControlIpv4AddressElement::ToElement() const
{
    ByteWriter w;
    w.WriteIpv4(ipAddress);
    w.WriteU16(wtpCount);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapControlIpv4AddressElement::FromElement(const CapwapMessageElement& e,
                                             CapwapControlIpv4AddressElement& out,
                                             std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 6, 6, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.ipAddress = r.ReadIpv4();
    out.wtpCount = r.ReadU16();
    return r.IsDone();
}

// ------------------------------------------------------------------ CAPWAP Local IPv4 Address

CapwapMessageElement
CapwapLocalIpv4AddressElement::ToElement() const
{
    ByteWriter w;
    w.WriteIpv4(ipAddress);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapLocalIpv4AddressElement::FromElement(const CapwapMessageElement& e,
                                           CapwapLocalIpv4AddressElement& out,
                                           std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 4, 4, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.ipAddress = r.ReadIpv4();
    return r.IsDone();
}

// ------------------------------------------------------------------------------ CAPWAP Timers

CapwapMessageElement
CapwapTimersElement::ToElement() const
{
    ByteWriter w;
    w.WriteU8(discovery);
    w.WriteU8(echoRequest);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapTimersElement::FromElement(const CapwapMessageElement& e,
                                 CapwapTimersElement& out,
                                 std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 2, 2, why))
    {
        return false;
    }
    out.discovery = e.value[0];
    out.echoRequest = e.value[1];
    return true;
}

// ------------------------------------------------------------- Decryption Error Report Period

CapwapMessageElement
CapwapDecryptionErrorReportPeriodElement::ToElement() const
{
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteU16(reportInterval);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapDecryptionErrorReportPeriodElement::FromElement(const CapwapMessageElement& e,
                                                      CapwapDecryptionErrorReportPeriodElement& out,
                                                      std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 3, 3, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.radioId = r.ReadU8();
    out.reportInterval = r.ReadU16();
    return CapwapMessageElement::CheckRadioId(TYPE, out.radioId, why) && r.IsDone();
}

// ----------------------------------------------------------------------------- Discovery Type

CapwapMessageElement
CapwapDiscoveryTypeElement::ToElement() const
{
    return CapwapMessageElement(TYPE, {discoveryType});
}

bool
CapwapDiscoveryTypeElement::FromElement(const CapwapMessageElement& e,
                                        CapwapDiscoveryTypeElement& out,
                                        std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 1, 1, why))
    {
        return false;
    }
    out.discoveryType = e.value[0];
    return CapwapMessageElement::CheckRange(out.discoveryType,
                                            UNKNOWN,
                                            AC_REFERRAL,
                                            "Discovery Type",
                                            why);
}

// ------------------------------------------------------------------------------- Idle Timeout

CapwapMessageElement
CapwapIdleTimeoutElement::ToElement() const
{
    ByteWriter w;
    w.WriteU32(timeout);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapIdleTimeoutElement::FromElement(const CapwapMessageElement& e,
                                      CapwapIdleTimeoutElement& out,
                                      std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 4, 4, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.timeout = r.ReadU32();
    return r.IsDone();
}

// ------------------------------------------------------------------------------ Location Data

CapwapMessageElement
CapwapLocationDataElement::ToElement() const
{
    return CapwapMessageElement::FromString(TYPE, location, MAX_LENGTH);
}

bool
CapwapLocationDataElement::FromElement(const CapwapMessageElement& e,
                                       CapwapLocationDataElement& out,
                                       std::string& why)
{
    return CapwapMessageElement::CheckString(e, TYPE, MAX_LENGTH, out.location, why);
}

// --------------------------------------------------------------------- Maximum Message Length

CapwapMessageElement
CapwapMaximumMessageLengthElement::ToElement() const
{
    ByteWriter w;
    w.WriteU16(maximumMessageLength);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapMaximumMessageLengthElement::FromElement(const CapwapMessageElement& e,
                                               CapwapMaximumMessageLengthElement& out,
                                               std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 2, 2, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.maximumMessageLength = r.ReadU16();
    return r.IsDone();
}

// -------------------------------------------------------------------------------- Result Code

CapwapResultCodeElement::CapwapResultCodeElement(CapwapResultCode code)
    : resultCode(static_cast<uint32_t>(code))
{
}

CapwapMessageElement
CapwapResultCodeElement::ToElement() const
{
    ByteWriter w;
    w.WriteU32(resultCode);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapResultCodeElement::FromElement(const CapwapMessageElement& e,
                                     CapwapResultCodeElement& out,
                                     std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 4, 4, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.resultCode = r.ReadU32();
    return r.IsDone();
}

// --------------------------------------------------------------------------------- Session ID

CapwapMessageElement
CapwapSessionIdElement::ToElement() const
{
    return CapwapMessageElement(TYPE, std::vector<uint8_t>(sessionId.begin(), sessionId.end()));
}

bool
CapwapSessionIdElement::FromElement(const CapwapMessageElement& e,
                                    CapwapSessionIdElement& out,
                                    std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 16, 16, why))
    {
        return false;
    }
    std::copy(e.value.begin(), e.value.end(), out.sessionId.begin());
    return true;
}

// --------------------------------------------------------------------------- Statistics Timer

CapwapMessageElement
CapwapStatisticsTimerElement::ToElement() const
{
    ByteWriter w;
    w.WriteU16(statisticsTimer);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapStatisticsTimerElement::FromElement(const CapwapMessageElement& e,
                                          CapwapStatisticsTimerElement& out,
                                          std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 2, 2, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.statisticsTimer = r.ReadU16();
    return r.IsDone();
}

// ------------------------------------------------------------------------------- WTP Fallback

CapwapMessageElement
CapwapWtpFallbackElement::ToElement() const
{
    return CapwapMessageElement(TYPE, {mode});
}

bool
CapwapWtpFallbackElement::FromElement(const CapwapMessageElement& e,
                                      CapwapWtpFallbackElement& out,
                                      std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 1, 1, why))
    {
        return false;
    }
    out.mode = e.value[0];
    return CapwapMessageElement::CheckRange(out.mode,
                                            ENABLED,
                                            DISABLED,
                                            CapwapMessageElement::FieldName(TYPE, "Mode"),
                                            why);
}

// ---------------------------------------------------------------------- WTP Frame Tunnel Mode

CapwapMessageElement
CapwapWtpFrameTunnelModeElement::ToElement() const
{
    const uint8_t bits = (native ? 0x08 : 0) | (ieee8023 ? 0x04 : 0) | (localBridging ? 0x02 : 0);
    return CapwapMessageElement(TYPE, {bits});
}

bool
CapwapWtpFrameTunnelModeElement::FromElement(const CapwapMessageElement& e,
                                             CapwapWtpFrameTunnelModeElement& out,
                                             std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 1, 1, why))
    {
        return false;
    }
    out.native = e.value[0] & 0x08;
    out.ieee8023 = e.value[0] & 0x04;
    out.localBridging = e.value[0] & 0x02;
    return true;
}

// ------------------------------------------------------------------------------- WTP MAC Type

CapwapMessageElement
CapwapWtpMacTypeElement::ToElement() const
{
    return CapwapMessageElement(TYPE, {macType});
}

bool
CapwapWtpMacTypeElement::FromElement(const CapwapMessageElement& e,
                                     CapwapWtpMacTypeElement& out,
                                     std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 1, 1, why))
    {
        return false;
    }
    out.macType = e.value[0];
    return CapwapMessageElement::CheckRange(out.macType, LOCAL_MAC, BOTH, "WTP MAC Type", why);
}

// ----------------------------------------------------------------------------------- WTP Name

CapwapMessageElement
CapwapWtpNameElement::ToElement() const
{
    return CapwapMessageElement::FromString(TYPE, name, MAX_LENGTH);
}

bool
CapwapWtpNameElement::FromElement(const CapwapMessageElement& e,
                                  CapwapWtpNameElement& out,
                                  std::string& why)
{
    return CapwapMessageElement::CheckString(e, TYPE, MAX_LENGTH, out.name, why);
}

// -------------------------------------------------------------------------------- ECN Support

CapwapMessageElement
CapwapEcnSupportElement::ToElement() const
{
    return CapwapMessageElement(TYPE, {ecnSupport});
}

bool
CapwapEcnSupportElement::FromElement(const CapwapMessageElement& e,
                                     CapwapEcnSupportElement& out,
                                     std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 1, 1, why))
    {
        return false;
    }
    out.ecnSupport = e.value[0];
    return CapwapMessageElement::CheckRange(out.ecnSupport,
                                            LIMITED,
                                            FULL_AND_LIMITED,
                                            "ECN Support",
                                            why);
}

// ------------------------------------------------------------------------------------- names

std::string
CapwapResultCodeName(uint32_t code)
{
    switch (static_cast<CapwapResultCode>(code))
    {
    case CapwapResultCode::SUCCESS:
        return "Success";
    case CapwapResultCode::FAILURE_AC_LIST_REQUIRED:
        return "Failure (AC List Message Element MUST Be Present)";
    case CapwapResultCode::SUCCESS_NAT_DETECTED:
        return "Success (NAT Detected)";
    case CapwapResultCode::JOIN_FAILURE_UNSPECIFIED:
        return "Join Failure (Unspecified)";
    case CapwapResultCode::JOIN_FAILURE_RESOURCE_DEPLETION:
        return "Join Failure (Resource Depletion)";
    case CapwapResultCode::JOIN_FAILURE_UNKNOWN_SOURCE:
        return "Join Failure (Unknown Source)";
    case CapwapResultCode::JOIN_FAILURE_INCORRECT_DATA:
        return "Join Failure (Incorrect Data)";
    case CapwapResultCode::JOIN_FAILURE_SESSION_ID_IN_USE:
        return "Join Failure (Session ID Already in Use)";
    case CapwapResultCode::JOIN_FAILURE_HARDWARE_NOT_SUPPORTED:
        return "Join Failure (WTP Hardware Not Supported)";
    case CapwapResultCode::JOIN_FAILURE_BINDING_NOT_SUPPORTED:
        return "Join Failure (Binding Not Supported)";
    case CapwapResultCode::RESET_FAILURE_UNABLE_TO_RESET:
        return "Reset Failure (Unable to Reset)";
    case CapwapResultCode::RESET_FAILURE_FIRMWARE_WRITE_ERROR:
        return "Reset Failure (Firmware Write Error)";
    case CapwapResultCode::CONFIGURATION_FAILURE_SERVICE_PROVIDED:
        return "Configuration Failure (Unable to Apply Requested Configuration - Service "
               "Provided Anyhow)";
    case CapwapResultCode::CONFIGURATION_FAILURE_SERVICE_NOT_PROVIDED:
        return "Configuration Failure (Unable to Apply Requested Configuration - Service Not "
               "Provided)";
    case CapwapResultCode::IMAGE_DATA_ERROR_INVALID_CHECKSUM:
        return "Image Data Error (Invalid Checksum)";
    case CapwapResultCode::IMAGE_DATA_ERROR_INVALID_DATA_LENGTH:
        return "Image Data Error (Invalid Data Length)";
    case CapwapResultCode::IMAGE_DATA_ERROR_OTHER:
        return "Image Data Error (Other Error)";
    case CapwapResultCode::IMAGE_DATA_ERROR_IMAGE_ALREADY_PRESENT:
        return "Image Data Error (Image Already Present)";
    case CapwapResultCode::MESSAGE_UNEXPECTED_INVALID_IN_CURRENT_STATE:
        return "Message Unexpected (Invalid in Current State)";
    case CapwapResultCode::MESSAGE_UNEXPECTED_UNRECOGNIZED_REQUEST:
        return "Message Unexpected (Unrecognized Request)";
    case CapwapResultCode::FAILURE_MISSING_MANDATORY_ELEMENT:
        return "Failure - Missing Mandatory Message Element";
    case CapwapResultCode::FAILURE_UNRECOGNIZED_ELEMENT:
        return "Failure - Unrecognized Message Element";
    case CapwapResultCode::DATA_TRANSFER_ERROR_NO_INFORMATION:
        return "Data Transfer Error (No Information to Transfer)";
    }
    return "Unknown(" + std::to_string(code) + ")";
}

} // namespace ns3
