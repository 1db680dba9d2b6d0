/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "dot11-data-frame.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcDot11DataFrame");

namespace
{

/// QoS Control bit 7: the body is an A-MSDU.
constexpr uint16_t QOS_AMSDU_PRESENT = 0x0080;

} // namespace

void
Dot11FrameControl::Encode(ByteWriter& writer, bool swap) const
{
    uint8_t first = (protocolVersion & 0x03) | ((type & 0x03) << 2) | ((subtype & 0x0f) << 4);
    uint8_t flags = (toDs ? 0x01 : 0) | (fromDs ? 0x02 : 0) | (moreFragments ? 0x04 : 0) |
                    (retry ? 0x08 : 0) | (powerManagement ? 0x10 : 0) | (moreData ? 0x20 : 0) |
                    (isProtected ? 0x40 : 0) | (order ? 0x80 : 0);
    writer.WriteU8(swap ? flags : first);
    writer.WriteU8(swap ? first : flags);
}

bool
Dot11FrameControl::Decode(ByteReader& reader, bool swap)
{
    if (reader.GetRemaining() < 2)
    {
        reader.Skip(2); // mark the reader failed, as a read past the end does
        return false;
    }
    uint8_t a = reader.ReadU8();
    uint8_t b = reader.ReadU8();
    uint8_t first = swap ? b : a;
    uint8_t flags = swap ? a : b;
    protocolVersion = first & 0x03;
    type = (first >> 2) & 0x03;
    subtype = first >> 4;
    toDs = flags & 0x01;
    fromDs = flags & 0x02;
    moreFragments = flags & 0x04;
    retry = flags & 0x08;
    powerManagement = flags & 0x10;
    moreData = flags & 0x20;
    isProtected = flags & 0x40;
    order = flags & 0x80;
    return true;
}

bool
Dot11FrameControl::Peek(const ByteReader& reader, bool swap, Dot11FrameControl& frameControl)
{
    ByteReader copy = reader;
    return frameControl.Decode(copy, swap);
}

Dot11DataFrame::Dot11DataFrame()
    : m_duration(0),
      m_sequenceNumber(0),
      m_fragmentNumber(0),
      m_qosControl(0),
      m_htControl(0),
      m_snapOui(OUI_RFC1042),
      m_etherType(0)
{
    m_frameControl.type = Dot11FrameControl::TYPE_DATA;
    m_frameControl.subtype = SUBTYPE_DATA;
}

Dot11DataFrame
Dot11DataFrame::MakeUplink(Mac48Address bssid,
                           Mac48Address source,
                           Mac48Address destination,
                           uint16_t etherType,
                           const std::vector<uint8_t>& payload)
{
    Dot11DataFrame frame;
    frame.m_frameControl.toDs = true;
    frame.SetAddresses(bssid, source, destination);
    frame.m_etherType = etherType;
    frame.m_payload = payload;
    return frame;
}

Dot11DataFrame
Dot11DataFrame::MakeDownlink(Mac48Address bssid,
                             Mac48Address source,
                             Mac48Address destination,
                             uint16_t etherType,
                             const std::vector<uint8_t>& payload)
{
    Dot11DataFrame frame;
    frame.m_frameControl.fromDs = true;
    frame.SetAddresses(destination, bssid, source);
    frame.m_etherType = etherType;
    frame.m_payload = payload;
    return frame;
}

void
Dot11DataFrame::Encode(ByteWriter& writer, bool swapFrameControl) const
{
    m_frameControl.Encode(writer, swapFrameControl);
    writer.WriteU16Le(m_duration);
    writer.WriteMac(m_addr1);
    writer.WriteMac(m_addr2);
    writer.WriteMac(m_addr3);
    writer.WriteU16Le(((m_sequenceNumber & 0x0fff) << 4) | (m_fragmentNumber & 0x0f));
    if (IsQos())
    {
        writer.WriteU16Le(m_qosControl);
        if (m_frameControl.order)
        {
            writer.WriteU32Le(m_htControl);
        }
    }
    writer.WriteU8(0xaa); // DSAP: SNAP
    writer.WriteU8(0xaa); // SSAP: SNAP
    writer.WriteU8(0x03); // control: UI
    writer.WriteU24(m_snapOui);
    writer.WriteU16(m_etherType);
    writer.WriteBytes(m_payload);
}

bool
Dot11DataFrame::Decode(ByteReader& reader,
                       bool swapFrameControl,
                       Dot11DataFrame& frame,
                       std::string& why)
{
    frame = Dot11DataFrame();
    if (reader.GetRemaining() < HEADER_SIZE)
    {
        why = "truncated 802.11 header";
        return false;
    }
    Dot11FrameControl& fc = frame.m_frameControl;
    fc.Decode(reader, swapFrameControl);
    if (fc.protocolVersion != 0)
    {
        why = "unsupported 802.11 protocol version " + std::to_string(fc.protocolVersion);
        return false;
    }
    if (fc.type != Dot11FrameControl::TYPE_DATA)
    {
        why = "not a data frame (type " + std::to_string(fc.type) + ")";
        return false;
    }
    if (fc.subtype == 4 || fc.subtype == 12)
    {
        why = std::string(fc.subtype == 4 ? "null data" : "QoS null") + " frame carries no MSDU";
        return false;
    }
    if (fc.subtype != SUBTYPE_DATA && fc.subtype != SUBTYPE_QOS_DATA)
    {
        why = "unsupported data subtype " + std::to_string(fc.subtype);
        return false;
    }
    if (fc.toDs && fc.fromDs)
    {
        why = "four-address frame (To DS and From DS) not supported";
        return false;
    }
    if (fc.isProtected)
    {
        why = "protected frame: the body is encrypted";
        return false;
    }
    frame.m_duration = reader.ReadU16Le();
    frame.m_addr1 = reader.ReadMac();
    frame.m_addr2 = reader.ReadMac();
    frame.m_addr3 = reader.ReadMac();
    uint16_t sequenceControl = reader.ReadU16Le();
    frame.m_sequenceNumber = sequenceControl >> 4;
    frame.m_fragmentNumber = sequenceControl & 0x0f;
    if (fc.moreFragments || frame.m_fragmentNumber != 0)
    {
        why = "fragmented MSDU not supported";
        return false;
    }
    if (fc.subtype == SUBTYPE_QOS_DATA)
    {
        std::size_t qosSize = fc.order ? 6 : 2;
        if (reader.GetRemaining() < qosSize)
        {
            why = fc.order ? "truncated QoS/HT Control" : "truncated QoS Control";
            return false;
        }
        frame.m_qosControl = reader.ReadU16Le();
        if (fc.order)
        {
            frame.m_htControl = reader.ReadU32Le();
        }
        if (frame.m_qosControl & QOS_AMSDU_PRESENT)
        {
            why = "A-MSDU not supported";
            return false;
        }
    }
    if (reader.GetRemaining() < LLC_SNAP_SIZE)
    {
        why = "missing LLC/SNAP header";
        return false;
    }
    uint8_t dsap = reader.ReadU8();
    uint8_t ssap = reader.ReadU8();
    uint8_t control = reader.ReadU8();
    if (dsap != 0xaa || ssap != 0xaa || control != 0x03)
    {
        why = "not an LLC/SNAP header";
        return false;
    }
    frame.m_snapOui = reader.ReadU24();
    if (frame.m_snapOui != OUI_RFC1042 && frame.m_snapOui != OUI_BRIDGE_TUNNEL)
    {
        why = "unsupported SNAP OUI";
        return false;
    }
    frame.m_etherType = reader.ReadU16();
    if (frame.m_etherType < 0x0600)
    {
        why = "SNAP protocol id is not an EtherType";
        return false;
    }
    frame.m_payload = reader.ReadBytes(reader.GetRemaining());
    if (!reader.IsOk())
    {
        why = "truncated frame";
        return false;
    }
    NS_LOG_LOGIC("data frame " << frame.GetSource() << " -> " << frame.GetDestination()
                               << " ethertype " << frame.m_etherType << " payload "
                               << frame.m_payload.size());
    return true;
}

const Dot11FrameControl&
Dot11DataFrame::GetFrameControl() const
{
    return m_frameControl;
}

void
Dot11DataFrame::SetFrameControl(const Dot11FrameControl& frameControl)
{
    m_frameControl = frameControl;
}

bool
Dot11DataFrame::IsQos() const
{
    return m_frameControl.subtype == SUBTYPE_QOS_DATA;
}

void
Dot11DataFrame::SetQos(bool qos, uint16_t qosControl)
{
    m_frameControl.subtype = qos ? SUBTYPE_QOS_DATA : SUBTYPE_DATA;
    m_qosControl = qos ? qosControl : 0;
}

uint16_t
Dot11DataFrame::GetQosControl() const
{
    return IsQos() ? m_qosControl : 0;
}

uint8_t
Dot11DataFrame::GetTid() const
{
    return GetQosControl() & 0x0f;
}

bool
Dot11DataFrame::HasHtControl() const
{
    return IsQos() && m_frameControl.order;
}

uint32_t
Dot11DataFrame::GetHtControl() const
{
    return HasHtControl() ? m_htControl : 0;
}

void
Dot11DataFrame::SetHtControl(uint32_t htControl)
{
    m_frameControl.order = true;
    m_htControl = htControl;
}

uint16_t
Dot11DataFrame::GetDuration() const
{
    return m_duration;
}

void
Dot11DataFrame::SetDuration(uint16_t duration)
{
    m_duration = duration;
}

uint16_t
Dot11DataFrame::GetSequenceNumber() const
{
    return m_sequenceNumber;
}

void
Dot11DataFrame::SetSequenceNumber(uint16_t sequence)
{
    m_sequenceNumber = sequence & 0x0fff;
}

uint8_t
Dot11DataFrame::GetFragmentNumber() const
{
    return m_fragmentNumber;
}

void
Dot11DataFrame::SetFragmentNumber(uint8_t fragment)
{
    m_fragmentNumber = fragment & 0x0f;
}

Mac48Address
Dot11DataFrame::GetAddress1() const
{
    return m_addr1;
}

Mac48Address
Dot11DataFrame::GetAddress2() const
{
    return m_addr2;
}

Mac48Address
Dot11DataFrame::GetAddress3() const
{
    return m_addr3;
}

void
Dot11DataFrame::SetAddresses(Mac48Address addr1, Mac48Address addr2, Mac48Address addr3)
{
    m_addr1 = addr1;
    m_addr2 = addr2;
    m_addr3 = addr3;
}

Mac48Address
Dot11DataFrame::GetSource() const
{
    // To DS: A2 = SA; From DS: A3 = SA; neither (IBSS): A2 = SA
    return m_frameControl.fromDs && !m_frameControl.toDs ? m_addr3 : m_addr2;
}

Mac48Address
Dot11DataFrame::GetDestination() const
{
    // To DS: A3 = DA; From DS: A1 = DA; neither: A1 = DA
    return m_frameControl.toDs && !m_frameControl.fromDs ? m_addr3 : m_addr1;
}

Mac48Address
Dot11DataFrame::GetBssid() const
{
    // To DS: A1; From DS: A2; neither: A3
    if (m_frameControl.toDs && !m_frameControl.fromDs)
    {
        return m_addr1;
    }
    if (m_frameControl.fromDs && !m_frameControl.toDs)
    {
        return m_addr2;
    }
    return m_addr3;
}

uint32_t
Dot11DataFrame::GetSnapOui() const
{
    return m_snapOui;
}

void
Dot11DataFrame::SetSnapOui(uint32_t oui)
{
    m_snapOui = oui & 0xffffff;
}

uint16_t
Dot11DataFrame::GetEtherType() const
{
    return m_etherType;
}

void
Dot11DataFrame::SetEtherType(uint16_t etherType)
{
    m_etherType = etherType;
}

const std::vector<uint8_t>&
Dot11DataFrame::GetPayload() const
{
    return m_payload;
}

void
Dot11DataFrame::SetPayload(const std::vector<uint8_t>& payload)
{
    m_payload = payload;
}

} // namespace ns3
