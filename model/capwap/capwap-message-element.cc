/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-message-element.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <utility>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapMessageElement");

CapwapMessageElement::CapwapMessageElement(uint16_t elementType, std::vector<uint8_t> elementValue)
    : type(elementType),
      value(std::move(elementValue))
{
}

std::size_t
CapwapMessageElement::GetSerializedSize() const
{
    return HEADER_SIZE + value.size();
}

void
CapwapMessageElement::Encode(ByteWriter& writer) const
{
    NS_ABORT_MSG_IF(value.size() > MAX_VALUE,
                    CapwapElementTypeName(type)
                        << " value of " << value.size() << " bytes does not fit a 16-bit Length");
    writer.WriteU16(type);
    writer.WriteU16(static_cast<uint16_t>(value.size()));
    writer.WriteBytes(value);
}

bool
CapwapMessageElement::Decode(ByteReader& reader, CapwapMessageElement& out, std::string& why)
{
    if (reader.GetRemaining() < HEADER_SIZE)
    {
        why = "message element header truncated: " + std::to_string(reader.GetRemaining()) +
              " bytes left";
        return false;
    }
    out.type = reader.ReadU16();
    const uint16_t length = reader.ReadU16();
    if (length > reader.GetRemaining())
    {
        why = CapwapElementTypeName(out.type) + " Length " + std::to_string(length) +
              " overruns the " + std::to_string(reader.GetRemaining()) + " bytes left";
        return false;
    }
    out.value = reader.ReadBytes(length);
    return reader.IsOk();
}

void
CapwapMessageElement::EncodeList(ByteWriter& writer,
                                 const std::vector<CapwapMessageElement>& elements)
{
    for (const auto& element : elements)
    {
        element.Encode(writer);
    }
}

bool
CapwapMessageElement::DecodeList(ByteReader& reader,
                                 std::vector<CapwapMessageElement>& out,
                                 std::string& why)
{
    out.clear();
    while (reader.GetRemaining() > 0)
    {
        CapwapMessageElement element;
        if (!Decode(reader, element, why))
        {
            why = "message element " + std::to_string(out.size()) + ": " + why;
            return false;
        }
        out.push_back(std::move(element));
    }
    return reader.IsOk();
}

bool
CapwapMessageElement::Check(const CapwapMessageElement& element,
                            uint16_t expectedType,
                            std::size_t minLength,
                            std::size_t maxLength,
                            std::string& why)
{
    if (element.type != expectedType)
    {
        why = "expected " + CapwapElementTypeName(expectedType) + ", got " +
              CapwapElementTypeName(element.type);
        return false;
    }
    const std::size_t length = element.value.size();
    if (length < minLength || length > maxLength)
    {
        why = CapwapElementTypeName(expectedType) + " Length " + std::to_string(length) +
              (minLength == maxLength
                   ? " is not " + std::to_string(minLength)
                   : " is outside " + std::to_string(minLength) + ".." + std::to_string(maxLength));
        return false;
    }
    return true;
}

bool
CapwapMessageElement::CheckRange(uint32_t value,
                                 uint32_t min,
                                 uint32_t max,
                                 const std::string& what,
                                 std::string& why)
{
    if (value < min || value > max)
    {
        why = what + " " + std::to_string(value) + " is outside " + std::to_string(min) + ".." +
              std::to_string(max);
        return false;
    }
    return true;
}

bool
CapwapMessageElement::CheckRadioId(uint16_t type, uint8_t radioId, std::string& why)
{
    return CheckRange(radioId, 1, capwap::MAX_RADIO_ID, FieldName(type, "Radio ID"), why);
}

std::string
CapwapMessageElement::FieldName(uint16_t type, const std::string& field)
{
    return CapwapElementTypeName(type) + " " + field;
}

CapwapMessageElement
CapwapMessageElement::FromString(uint16_t type, const std::string& text, std::size_t maxLength)
{
    NS_ABORT_MSG_IF(text.empty() || text.size() > maxLength,
                    CapwapElementTypeName(type)
                        << " must be 1.." << maxLength << " bytes, not " << text.size());
    return CapwapMessageElement(type, std::vector<uint8_t>(text.begin(), text.end()));
}

bool
CapwapMessageElement::CheckString(const CapwapMessageElement& element,
                                  uint16_t expectedType,
                                  std::size_t maxLength,
                                  std::string& text,
                                  std::string& why)
{
    if (!Check(element, expectedType, 1, maxLength, why))
    {
        return false;
    }
    text.assign(element.value.begin(), element.value.end());
    return true;
}

bool
operator==(const CapwapMessageElement& a, const CapwapMessageElement& b)
{
    return a.type == b.type && a.value == b.value;
}

bool
operator!=(const CapwapMessageElement& a, const CapwapMessageElement& b)
{
    return !(a == b);
}

std::ostream&
operator<<(std::ostream& os, const CapwapMessageElement& element)
{
    os << CapwapElementTypeName(element.type) << "(" << element.type
       << ") len=" << element.value.size();
    return os;
}

std::string
CapwapElementTypeName(uint16_t type)
{
    switch (static_cast<CapwapElementType>(type))
    {
    case CapwapElementType::AC_DESCRIPTOR:
        return "AC Descriptor";
    case CapwapElementType::AC_IPV4_LIST:
        return "AC IPv4 List";
    case CapwapElementType::AC_IPV6_LIST:
        return "AC IPv6 List";
    case CapwapElementType::AC_NAME:
        return "AC Name";
    case CapwapElementType::AC_NAME_WITH_PRIORITY:
        return "AC Name with Priority";
    case CapwapElementType::AC_TIMESTAMP:
        return "AC Timestamp";
    case CapwapElementType::ADD_MAC_ACL_ENTRY:
        return "Add MAC ACL Entry";
    case CapwapElementType::ADD_STATION:
        return "Add Station";
    case CapwapElementType::CAPWAP_CONTROL_IPV4_ADDRESS:
        return "CAPWAP Control IPv4 Address";
    case CapwapElementType::CAPWAP_CONTROL_IPV6_ADDRESS:
        return "CAPWAP Control IPv6 Address";
    case CapwapElementType::CAPWAP_TIMERS:
        return "CAPWAP Timers";
    case CapwapElementType::DATA_TRANSFER_DATA:
        return "Data Transfer Data";
    case CapwapElementType::DATA_TRANSFER_MODE:
        return "Data Transfer Mode";
    case CapwapElementType::DECRYPTION_ERROR_REPORT:
        return "Decryption Error Report";
    case CapwapElementType::DECRYPTION_ERROR_REPORT_PERIOD:
        return "Decryption Error Report Period";
    case CapwapElementType::DELETE_MAC_ACL_ENTRY:
        return "Delete MAC ACL Entry";
    case CapwapElementType::DELETE_STATION:
        return "Delete Station";
    case CapwapElementType::DISCOVERY_TYPE:
        return "Discovery Type";
    case CapwapElementType::DUPLICATE_IPV4_ADDRESS:
        return "Duplicate IPv4 Address";
    case CapwapElementType::DUPLICATE_IPV6_ADDRESS:
        return "Duplicate IPv6 Address";
    case CapwapElementType::IDLE_TIMEOUT:
        return "Idle Timeout";
    case CapwapElementType::IMAGE_DATA:
        return "Image Data";
    case CapwapElementType::IMAGE_IDENTIFIER:
        return "Image Identifier";
    case CapwapElementType::IMAGE_INFORMATION:
        return "Image Information";
    case CapwapElementType::INITIATE_DOWNLOAD:
        return "Initiate Download";
    case CapwapElementType::LOCATION_DATA:
        return "Location Data";
    case CapwapElementType::MAXIMUM_MESSAGE_LENGTH:
        return "Maximum Message Length";
    case CapwapElementType::CAPWAP_LOCAL_IPV4_ADDRESS:
        return "CAPWAP Local IPv4 Address";
    case CapwapElementType::RADIO_ADMINISTRATIVE_STATE:
        return "Radio Administrative State";
    case CapwapElementType::RADIO_OPERATIONAL_STATE:
        return "Radio Operational State";
    case CapwapElementType::RESULT_CODE:
        return "Result Code";
    case CapwapElementType::RETURNED_MESSAGE_ELEMENT:
        return "Returned Message Element";
    case CapwapElementType::SESSION_ID:
        return "Session ID";
    case CapwapElementType::STATISTICS_TIMER:
        return "Statistics Timer";
    case CapwapElementType::VENDOR_SPECIFIC_PAYLOAD:
        return "Vendor Specific Payload";
    case CapwapElementType::WTP_BOARD_DATA:
        return "WTP Board Data";
    case CapwapElementType::WTP_DESCRIPTOR:
        return "WTP Descriptor";
    case CapwapElementType::WTP_FALLBACK:
        return "WTP Fallback";
    case CapwapElementType::WTP_FRAME_TUNNEL_MODE:
        return "WTP Frame Tunnel Mode";
    case CapwapElementType::WTP_MAC_TYPE:
        return "WTP MAC Type";
    case CapwapElementType::WTP_NAME:
        return "WTP Name";
    case CapwapElementType::WTP_RADIO_STATISTICS:
        return "WTP Radio Statistics";
    case CapwapElementType::WTP_REBOOT_STATISTICS:
        return "WTP Reboot Statistics";
    case CapwapElementType::WTP_STATIC_IP_ADDRESS_INFORMATION:
        return "WTP Static IP Address Information";
    case CapwapElementType::CAPWAP_LOCAL_IPV6_ADDRESS:
        return "CAPWAP Local IPv6 Address";
    case CapwapElementType::CAPWAP_TRANSPORT_PROTOCOL:
        return "CAPWAP Transport Protocol";
    case CapwapElementType::MTU_DISCOVERY_PADDING:
        return "MTU Discovery Padding";
    case CapwapElementType::ECN_SUPPORT:
        return "ECN Support";
    case CapwapElementType::IEEE80211_ADD_WLAN:
        return "IEEE 802.11 Add WLAN";
    case CapwapElementType::IEEE80211_ANTENNA:
        return "IEEE 802.11 Antenna";
    case CapwapElementType::IEEE80211_ASSIGNED_WTP_BSSID:
        return "IEEE 802.11 Assigned WTP BSSID";
    case CapwapElementType::IEEE80211_DELETE_WLAN:
        return "IEEE 802.11 Delete WLAN";
    case CapwapElementType::IEEE80211_DIRECT_SEQUENCE_CONTROL:
        return "IEEE 802.11 Direct Sequence Control";
    case CapwapElementType::IEEE80211_INFORMATION_ELEMENT:
        return "IEEE 802.11 Information Element";
    case CapwapElementType::IEEE80211_MAC_OPERATION:
        return "IEEE 802.11 MAC Operation";
    case CapwapElementType::IEEE80211_MIC_COUNTERMEASURES:
        return "IEEE 802.11 MIC Countermeasures";
    case CapwapElementType::IEEE80211_MULTI_DOMAIN_CAPABILITY:
        return "IEEE 802.11 Multi-Domain Capability";
    case CapwapElementType::IEEE80211_OFDM_CONTROL:
        return "IEEE 802.11 OFDM Control";
    case CapwapElementType::IEEE80211_RATE_SET:
        return "IEEE 802.11 Rate Set";
    case CapwapElementType::IEEE80211_RSNA_ERROR_REPORT:
        return "IEEE 802.11 RSNA Error Report From Station";
    case CapwapElementType::IEEE80211_STATION:
        return "IEEE 802.11 Station";
    case CapwapElementType::IEEE80211_STATION_QOS_PROFILE:
        return "IEEE 802.11 Station QoS Profile";
    case CapwapElementType::IEEE80211_STATION_SESSION_KEY:
        return "IEEE 802.11 Station Session Key";
    case CapwapElementType::IEEE80211_STATISTICS:
        return "IEEE 802.11 Statistics";
    case CapwapElementType::IEEE80211_SUPPORTED_RATES:
        return "IEEE 802.11 Supported Rates";
    case CapwapElementType::IEEE80211_TX_POWER:
        return "IEEE 802.11 Tx Power";
    case CapwapElementType::IEEE80211_TX_POWER_LEVEL:
        return "IEEE 802.11 Tx Power Level";
    case CapwapElementType::IEEE80211_UPDATE_STATION_QOS:
        return "IEEE 802.11 Update Station QoS";
    case CapwapElementType::IEEE80211_UPDATE_WLAN:
        return "IEEE 802.11 Update WLAN";
    case CapwapElementType::IEEE80211_WTP_QUALITY_OF_SERVICE:
        return "IEEE 802.11 WTP Quality of Service";
    case CapwapElementType::IEEE80211_WTP_RADIO_CONFIGURATION:
        return "IEEE 802.11 WTP Radio Configuration";
    case CapwapElementType::IEEE80211_WTP_RADIO_FAIL_ALARM:
        return "IEEE 802.11 WTP Radio Fail Alarm Indication";
    case CapwapElementType::IEEE80211_WTP_RADIO_INFORMATION:
        return "IEEE 802.11 WTP Radio Information";
    }
    return "Unknown(" + std::to_string(type) + ")";
}

} // namespace ns3
