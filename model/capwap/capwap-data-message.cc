/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-data-message.h"

#include "ns3/abort.h"
#include "ns3/log.h"
#include "ns3/packet.h"

#include <utility>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapDataMessage");

CapwapDataMessage::CapwapDataMessage()
{
    m_header.t = true;
}

CapwapDataMessage
CapwapDataMessage::CreateIeee80211Frame(std::vector<uint8_t> frame, uint8_t radioId)
{
    CapwapDataMessage message;
    message.m_header.rid = radioId;
    message.m_header.wbid = capwap::WBID_IEEE80211;
    message.m_header.t = true;
    message.m_payload = std::move(frame);
    return message;
}

CapwapDataMessage
CapwapDataMessage::CreateIeee8023Frame(std::vector<uint8_t> frame, uint8_t radioId)
{
    CapwapDataMessage message;
    message.m_header.rid = radioId;
    message.m_header.t = false;
    message.m_payload = std::move(frame);
    return message;
}

CapwapDataMessage
CapwapDataMessage::CreateKeepAlive(const CapwapSessionIdElement& sessionId)
{
    CapwapDataMessage message;
    message.m_header.t = false;
    message.m_header.k = true;
    message.m_elements.push_back(sessionId.ToElement());
    return message;
}

bool
CapwapDataMessage::IsKeepAlive() const
{
    return m_header.k;
}

bool
CapwapDataMessage::IsIeee80211Frame() const
{
    return !m_header.k && m_header.t;
}

CapwapHeader&
CapwapDataMessage::GetHeader()
{
    return m_header;
}

const CapwapHeader&
CapwapDataMessage::GetHeader() const
{
    return m_header;
}

void
CapwapDataMessage::SetPayload(std::vector<uint8_t> payload)
{
    m_payload = std::move(payload);
}

const std::vector<uint8_t>&
CapwapDataMessage::GetPayload() const
{
    return m_payload;
}

void
CapwapDataMessage::AddElement(CapwapMessageElement element)
{
    m_elements.push_back(std::move(element));
}

const std::vector<CapwapMessageElement>&
CapwapDataMessage::GetElements() const
{
    return m_elements;
}

const CapwapMessageElement*
CapwapDataMessage::Find(uint16_t type) const
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

bool
CapwapDataMessage::GetSessionId(CapwapSessionIdElement& out, std::string& why) const
{
    const CapwapMessageElement* element = Find(CapwapSessionIdElement::TYPE);
    if (element == nullptr)
    {
        why = "keep-alive without a Session ID";
        return false;
    }
    return CapwapSessionIdElement::FromElement(*element, out, why);
}

std::size_t
CapwapDataMessage::GetSerializedSize() const
{
    std::size_t size = m_header.GetSerializedSize();
    if (m_header.k)
    {
        size += 2;
        for (const auto& element : m_elements)
        {
            size += element.GetSerializedSize();
        }
    }
    else
    {
        size += m_payload.size();
    }
    return size;
}

std::vector<uint8_t>
CapwapDataMessage::Encode() const
{
    ByteWriter writer;
    m_header.Encode(writer);
    if (m_header.k)
    {
        NS_ABORT_MSG_IF(m_header.t, "a CAPWAP keep-alive has T = 0");
        NS_ABORT_MSG_IF(!m_payload.empty(), "a CAPWAP keep-alive carries no frame");
        const std::size_t lengthOffset = writer.GetSize();
        writer.WriteU16(0);
        CapwapMessageElement::EncodeList(writer, m_elements);
        const std::size_t length = writer.GetSize() - lengthOffset;
        NS_ABORT_MSG_IF(length > 0xffff, "CAPWAP keep-alive elements too long");
        writer.PatchU16(lengthOffset, static_cast<uint16_t>(length));
    }
    else
    {
        NS_ABORT_MSG_IF(m_payload.empty(), "a CAPWAP data message needs a frame");
        NS_ABORT_MSG_IF(!m_elements.empty(), "only keep-alives carry message elements");
        writer.WriteBytes(m_payload);
    }
    return writer.GetBytes();
}

Ptr<Packet>
CapwapDataMessage::ToPacket() const
{
    const std::vector<uint8_t> bytes = Encode();
    return Create<Packet>(bytes.data(), static_cast<uint32_t>(bytes.size()));
}

bool
CapwapDataMessage::Decode(const std::vector<uint8_t>& bytes,
                          CapwapDataMessage& out,
                          std::string& why)
{
    out = CapwapDataMessage();
    ByteReader reader(bytes);
    if (!CapwapHeader::Decode(reader, out.m_header, why))
    {
        return false;
    }
    if (out.m_header.f)
    {
        why = "fragmented data message: reassembly is not supported";
        return false;
    }
    if (out.m_header.k)
    {
        if (out.m_header.t)
        {
            why = "keep-alive with the T bit set";
            return false;
        }
        const std::size_t present = reader.GetRemaining();
        if (present < 2)
        {
            why = "keep-alive Message Element Length truncated";
            return false;
        }
        const uint16_t length = reader.ReadU16();
        if (length < 2 || length != present)
        {
            why = "keep-alive Message Element Length " + std::to_string(length) +
                  " differs from the " + std::to_string(present) + " bytes after the CAPWAP header";
            return false;
        }
        if (!CapwapMessageElement::DecodeList(reader, out.m_elements, why))
        {
            why = "keep-alive: " + why;
            return false;
        }
        CapwapSessionIdElement sessionId;
        if (!out.GetSessionId(sessionId, why))
        {
            return false;
        }
        return reader.IsDone();
    }
    if (out.m_header.t && out.m_header.wbid != capwap::WBID_IEEE80211)
    {
        why = "native frame of unsupported wireless binding " + std::to_string(out.m_header.wbid);
        return false;
    }
    if (reader.GetRemaining() == 0)
    {
        why = "data message without a frame";
        return false;
    }
    out.m_payload = reader.ReadBytes(reader.GetRemaining());
    return reader.IsDone();
}

bool
CapwapDataMessage::FromPacket(Ptr<const Packet> packet, CapwapDataMessage& out, std::string& why)
{
    if (!packet)
    {
        why = "null packet";
        return false;
    }
    return Decode(ByteReader::PacketBytes(packet), out, why);
}

std::ostream&
operator<<(std::ostream& os, const CapwapDataMessage& message)
{
    os << message.GetHeader();
    if (message.IsKeepAlive())
    {
        os << " keep-alive [";
        bool first = true;
        for (const auto& element : message.GetElements())
        {
            os << (first ? "" : ", ") << element;
            first = false;
        }
        os << "]";
    }
    else
    {
        os << (message.IsIeee80211Frame() ? " 802.11 frame " : " 802.3 frame ")
           << message.GetPayload().size() << " bytes";
    }
    return os;
}

} // namespace ns3
