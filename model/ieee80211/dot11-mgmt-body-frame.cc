/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "dot11-mgmt-body-frame.h"

namespace ns3
{

Dot11MgmtBodyFrame::Dot11MgmtBodyFrame(uint8_t subtype,
                                       Mac48Address destination,
                                       Mac48Address source,
                                       Mac48Address bssid,
                                       std::vector<uint8_t> body)
    : m_destination(destination),
      m_source(source),
      m_bssid(bssid),
      m_body(std::move(body))
{
    m_frameControl.subtype = subtype & 0x0f;
}

void
Dot11MgmtBodyFrame::Encode(ByteWriter& writer, bool swapFrameControl) const
{
    m_frameControl.Encode(writer, swapFrameControl);
    writer.WriteU16Le(m_duration);
    writer.WriteMac(m_destination);
    writer.WriteMac(m_source);
    writer.WriteMac(m_bssid);
    writer.WriteU16Le(static_cast<uint16_t>((m_sequence & 0x0fff) << 4));
    writer.WriteBytes(m_body);
}

std::vector<uint8_t>
Dot11MgmtBodyFrame::Encode(bool swapFrameControl) const
{
    ByteWriter writer;
    Encode(writer, swapFrameControl);
    return writer.GetBytes();
}

bool
Dot11MgmtBodyFrame::Decode(const std::vector<uint8_t>& frame,
                           bool swapFrameControl,
                           Dot11MgmtBodyFrame& out,
                           std::string& why)
{
    if (frame.size() < HEADER_SIZE)
    {
        why = "management frame of " + std::to_string(frame.size()) + " bytes, shorter than its " +
              std::to_string(HEADER_SIZE) + "-byte header";
        return false;
    }
    if (frame.size() - HEADER_SIZE > MAX_BODY_SIZE)
    {
        why = "management frame body over " + std::to_string(MAX_BODY_SIZE) + " bytes";
        return false;
    }
    ByteReader reader(frame);
    Dot11MgmtBodyFrame result;
    result.m_frameControl.Decode(reader, swapFrameControl);
    if (result.m_frameControl.type != Dot11FrameControl::TYPE_MANAGEMENT ||
        result.m_frameControl.protocolVersion != 0)
    {
        why = "not a management frame (type " + std::to_string(result.m_frameControl.type) + ")";
        return false;
    }
    result.m_duration = reader.ReadU16Le();
    result.m_destination = reader.ReadMac();
    result.m_source = reader.ReadMac();
    result.m_bssid = reader.ReadMac();
    result.m_sequence = reader.ReadU16Le() >> 4;
    result.m_body = reader.GetRest();
    out = std::move(result);
    return true;
}

std::vector<uint8_t>
Dot11MgmtBodyFrame::FindElement(const std::vector<uint8_t>& elements, uint8_t id)
{
    std::size_t offset = 0;
    while (offset + 2 <= elements.size())
    {
        std::size_t size = 2 + elements[offset + 1];
        if (offset + size > elements.size())
        {
            return {};
        }
        if (elements[offset] == id)
        {
            return std::vector<uint8_t>(elements.begin() + offset,
                                        elements.begin() + offset + size);
        }
        offset += size;
    }
    return {};
}

std::size_t
Dot11MgmtBodyFrame::FixedFieldsSize(uint8_t subtype)
{
    switch (subtype)
    {
    case SUBTYPE_ASSOC_REQUEST:
        return 4; // Capability Information, Listen Interval
    case SUBTYPE_REASSOC_REQUEST:
        return 10; // and Current AP Address
    case SUBTYPE_ASSOC_RESPONSE:
    case SUBTYPE_REASSOC_RESPONSE:
        return 6; // Capability Information, Status Code, AID
    case SUBTYPE_AUTHENTICATION:
        return 6; // Algorithm Number, Transaction Sequence Number, Status Code
    case SUBTYPE_PROBE_RESPONSE:
    case SUBTYPE_BEACON:
        return 12; // Timestamp, Beacon Interval, Capability Information
    default:
        return 0;
    }
}

bool
Dot11MgmtBodyFrame::ElementsOf(uint8_t subtype,
                               const std::vector<uint8_t>& body,
                               std::vector<uint8_t>& elements)
{
    std::size_t fixed = FixedFieldsSize(subtype);
    if (body.size() < fixed)
    {
        elements.clear();
        return false;
    }
    elements.assign(body.begin() + static_cast<std::ptrdiff_t>(fixed), body.end());
    return true;
}

bool
Dot11MgmtBodyFrame::CheckElements(const std::vector<uint8_t>& elements, std::string& why)
{
    std::size_t offset = 0;
    while (offset < elements.size())
    {
        if (offset + 2 > elements.size())
        {
            why = "the elements end inside an element header at offset " + std::to_string(offset);
            return false;
        }
        std::size_t size = 2 + elements[offset + 1];
        if (offset + size > elements.size())
        {
            why = "element " + std::to_string(elements[offset]) + " at offset " +
                  std::to_string(offset) + " (length " + std::to_string(elements[offset + 1]) +
                  ") runs past the end";
            return false;
        }
        offset += size;
    }
    return true;
}

uint8_t
Dot11MgmtBodyFrame::GetSubtype() const
{
    return m_frameControl.subtype;
}

Mac48Address
Dot11MgmtBodyFrame::GetDestination() const
{
    return m_destination;
}

Mac48Address
Dot11MgmtBodyFrame::GetSource() const
{
    return m_source;
}

Mac48Address
Dot11MgmtBodyFrame::GetBssid() const
{
    return m_bssid;
}

uint16_t
Dot11MgmtBodyFrame::GetSequenceNumber() const
{
    return m_sequence;
}

void
Dot11MgmtBodyFrame::SetSequenceNumber(uint16_t sequence)
{
    m_sequence = sequence & 0x0fff;
}

const std::vector<uint8_t>&
Dot11MgmtBodyFrame::GetBody() const
{
    return m_body;
}

} // namespace ns3
