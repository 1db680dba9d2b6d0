/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-control-message.h"

#include "ns3/abort.h"
#include "ns3/log.h"
#include "ns3/packet.h"

#include <utility>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapControlMessage");

CapwapControlMessage::CapwapControlMessage()
    : CapwapControlMessage(0u, 0)
{
}

CapwapControlMessage::CapwapControlMessage(CapwapMessageType type, uint8_t sequenceNumber)
    : CapwapControlMessage(static_cast<uint32_t>(type), sequenceNumber)
{
}

CapwapControlMessage::CapwapControlMessage(uint32_t type, uint8_t sequenceNumber)
    : m_messageType(type),
      m_sequenceNumber(sequenceNumber),
      m_flags(0)
{
}

void
CapwapControlMessage::SetMessageType(uint32_t type)
{
    m_messageType = type;
}

void
CapwapControlMessage::SetMessageType(CapwapMessageType type)
{
    m_messageType = static_cast<uint32_t>(type);
}

uint32_t
CapwapControlMessage::GetMessageType() const
{
    return m_messageType;
}

bool
CapwapControlMessage::Is(CapwapMessageType type) const
{
    return m_messageType == static_cast<uint32_t>(type);
}

bool
CapwapControlMessage::IsRequest() const
{
    return (m_messageType % 2) == 1;
}

void
CapwapControlMessage::SetSequenceNumber(uint8_t sequenceNumber)
{
    m_sequenceNumber = sequenceNumber;
}

uint8_t
CapwapControlMessage::GetSequenceNumber() const
{
    return m_sequenceNumber;
}

void
CapwapControlMessage::SetFlags(uint8_t flags)
{
    m_flags = flags;
}

uint8_t
CapwapControlMessage::GetFlags() const
{
    return m_flags;
}

CapwapHeader&
CapwapControlMessage::GetHeader()
{
    return m_header;
}

const CapwapHeader&
CapwapControlMessage::GetHeader() const
{
    return m_header;
}

void
CapwapControlMessage::Add(CapwapMessageElement element)
{
    m_elements.push_back(std::move(element));
}

const CapwapMessageElement*
CapwapControlMessage::Find(uint16_t type) const
{
    for (const auto& element : m_elements)
    {
        if (element.type == type)
        {
            return &element;
        }
    }
    return nullptr;
}

std::vector<CapwapMessageElement>
CapwapControlMessage::FindAll(uint16_t type) const
{
    std::vector<CapwapMessageElement> found;
    for (const auto& element : m_elements)
    {
        if (element.type == type)
        {
            found.push_back(element);
        }
    }
    return found;
}

const std::vector<CapwapMessageElement>&
CapwapControlMessage::GetElements() const
{
    return m_elements;
}

uint16_t
CapwapControlMessage::GetMessageElementLength() const
{
    std::size_t length = EMPTY_ELEMENT_LENGTH;
    for (const auto& element : m_elements)
    {
        length += element.GetSerializedSize();
    }
    NS_ABORT_MSG_IF(length > 0xffff,
                    "CAPWAP message elements of " << length
                                                  << " bytes exceed the Msg Element Length field");
    return static_cast<uint16_t>(length);
}

std::size_t
CapwapControlMessage::GetSerializedSize() const
{
    return m_header.GetSerializedSize() + 5 + GetMessageElementLength();
}

std::vector<uint8_t>
CapwapControlMessage::Encode() const
{
    NS_ABORT_MSG_IF(m_header.t || m_header.k, "a CAPWAP control message has T = 0 and K = 0");
    ByteWriter writer;
    m_header.Encode(writer);
    writer.WriteU32(m_messageType);
    writer.WriteU8(m_sequenceNumber);
    writer.WriteU16(GetMessageElementLength());
    writer.WriteU8(m_flags);
    CapwapMessageElement::EncodeList(writer, m_elements);
    return writer.GetBytes();
}

Ptr<Packet>
CapwapControlMessage::ToPacket() const
{
    const std::vector<uint8_t> bytes = Encode();
    return Create<Packet>(bytes.data(), static_cast<uint32_t>(bytes.size()));
}

bool
CapwapControlMessage::Decode(const std::vector<uint8_t>& bytes,
                             CapwapControlMessage& out,
                             std::string& why)
{
    out = CapwapControlMessage();
    ByteReader reader(bytes);
    if (!CapwapHeader::Decode(reader, out.m_header, why))
    {
        return false;
    }
    if (out.m_header.t)
    {
        why = "T bit set on a control message";
        return false;
    }
    if (out.m_header.k)
    {
        why = "K bit (keep-alive) set on a control message";
        return false;
    }
    if (out.m_header.f)
    {
        why = "fragmented control message: reassembly is not supported";
        return false;
    }
    if (reader.GetRemaining() < CONTROL_HEADER_SIZE)
    {
        why = "control header truncated: " + std::to_string(reader.GetRemaining()) +
              " bytes after the CAPWAP header";
        return false;
    }
    out.m_messageType = reader.ReadU32();
    out.m_sequenceNumber = reader.ReadU8();
    const std::size_t present = reader.GetRemaining(); // bytes after the Sequence Number
    const uint16_t length = reader.ReadU16();
    out.m_flags = reader.ReadU8();
    if (length < EMPTY_ELEMENT_LENGTH)
    {
        why = "Msg Element Length " + std::to_string(length) + " is less than 3";
        return false;
    }
    if (length > present)
    {
        why = "Msg Element Length " + std::to_string(length) + " exceeds the " +
              std::to_string(present) + " bytes after the Sequence Number";
        return false;
    }
    if (length < present)
    {
        why = std::to_string(present - length) + " trailing bytes after the " +
              std::to_string(length) + " bytes of Msg Element Length";
        return false;
    }
    ByteReader elements = reader.ReadSub(length - EMPTY_ELEMENT_LENGTH);
    if (!CapwapMessageElement::DecodeList(elements, out.m_elements, why))
    {
        why = CapwapMessageTypeName(out.m_messageType) + ": " + why;
        return false;
    }
    if (!reader.IsDone())
    {
        why = "control message not consumed exactly";
        return false;
    }
    NS_LOG_LOGIC("decoded " << out);
    return true;
}

bool
CapwapControlMessage::FromPacket(Ptr<const Packet> packet,
                                 CapwapControlMessage& out,
                                 std::string& why)
{
    if (!packet)
    {
        why = "null packet";
        return false;
    }
    return Decode(ByteReader::PacketBytes(packet), out, why);
}

std::ostream&
operator<<(std::ostream& os, const CapwapControlMessage& message)
{
    os << CapwapMessageTypeName(message.GetMessageType()) << "(" << message.GetMessageType()
       << ") seq=" << unsigned(message.GetSequenceNumber()) << " [";
    bool first = true;
    for (const auto& element : message.GetElements())
    {
        os << (first ? "" : ", ") << element;
        first = false;
    }
    os << "]";
    return os;
}

std::string
CapwapMessageTypeName(uint32_t type)
{
    switch (static_cast<CapwapMessageType>(type))
    {
    case CapwapMessageType::DISCOVERY_REQUEST:
        return "Discovery Request";
    case CapwapMessageType::DISCOVERY_RESPONSE:
        return "Discovery Response";
    case CapwapMessageType::JOIN_REQUEST:
        return "Join Request";
    case CapwapMessageType::JOIN_RESPONSE:
        return "Join Response";
    case CapwapMessageType::CONFIGURATION_STATUS_REQUEST:
        return "Configuration Status Request";
    case CapwapMessageType::CONFIGURATION_STATUS_RESPONSE:
        return "Configuration Status Response";
    case CapwapMessageType::CONFIGURATION_UPDATE_REQUEST:
        return "Configuration Update Request";
    case CapwapMessageType::CONFIGURATION_UPDATE_RESPONSE:
        return "Configuration Update Response";
    case CapwapMessageType::WTP_EVENT_REQUEST:
        return "WTP Event Request";
    case CapwapMessageType::WTP_EVENT_RESPONSE:
        return "WTP Event Response";
    case CapwapMessageType::CHANGE_STATE_EVENT_REQUEST:
        return "Change State Event Request";
    case CapwapMessageType::CHANGE_STATE_EVENT_RESPONSE:
        return "Change State Event Response";
    case CapwapMessageType::ECHO_REQUEST:
        return "Echo Request";
    case CapwapMessageType::ECHO_RESPONSE:
        return "Echo Response";
    case CapwapMessageType::IMAGE_DATA_REQUEST:
        return "Image Data Request";
    case CapwapMessageType::IMAGE_DATA_RESPONSE:
        return "Image Data Response";
    case CapwapMessageType::RESET_REQUEST:
        return "Reset Request";
    case CapwapMessageType::RESET_RESPONSE:
        return "Reset Response";
    case CapwapMessageType::PRIMARY_DISCOVERY_REQUEST:
        return "Primary Discovery Request";
    case CapwapMessageType::PRIMARY_DISCOVERY_RESPONSE:
        return "Primary Discovery Response";
    case CapwapMessageType::DATA_TRANSFER_REQUEST:
        return "Data Transfer Request";
    case CapwapMessageType::DATA_TRANSFER_RESPONSE:
        return "Data Transfer Response";
    case CapwapMessageType::CLEAR_CONFIGURATION_REQUEST:
        return "Clear Configuration Request";
    case CapwapMessageType::CLEAR_CONFIGURATION_RESPONSE:
        return "Clear Configuration Response";
    case CapwapMessageType::STATION_CONFIGURATION_REQUEST:
        return "Station Configuration Request";
    case CapwapMessageType::STATION_CONFIGURATION_RESPONSE:
        return "Station Configuration Response";
    case CapwapMessageType::IEEE80211_WLAN_CONFIGURATION_REQUEST:
        return "IEEE 802.11 WLAN Configuration Request";
    case CapwapMessageType::IEEE80211_WLAN_CONFIGURATION_RESPONSE:
        return "IEEE 802.11 WLAN Configuration Response";
    }
    return "Unknown(" + std::to_string(type) + ")";
}

} // namespace ns3
