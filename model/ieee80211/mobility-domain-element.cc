/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "mobility-domain-element.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityDomainElement");

MobilityDomainElement::MobilityDomainElement()
    : m_mdid(0),
      m_policy(0)
{
}

MobilityDomainElement::MobilityDomainElement(uint16_t mdid, bool ftOverDs, bool resourceRequest)
    : m_mdid(mdid),
      m_policy(static_cast<uint8_t>((ftOverDs ? FT_OVER_DS : 0) |
                                    (resourceRequest ? RESOURCE_REQUEST : 0)))
{
}

uint16_t
MobilityDomainElement::GetMdid() const
{
    return m_mdid;
}

void
MobilityDomainElement::SetMdid(uint16_t mdid)
{
    m_mdid = mdid;
}

bool
MobilityDomainElement::IsFtOverDs() const
{
    return (m_policy & FT_OVER_DS) != 0;
}

void
MobilityDomainElement::SetFtOverDs(bool enabled)
{
    m_policy = static_cast<uint8_t>(enabled ? (m_policy | FT_OVER_DS) : (m_policy & ~FT_OVER_DS));
}

bool
MobilityDomainElement::IsResourceRequestCapable() const
{
    return (m_policy & RESOURCE_REQUEST) != 0;
}

void
MobilityDomainElement::SetResourceRequestCapable(bool enabled)
{
    m_policy = static_cast<uint8_t>(enabled ? (m_policy | RESOURCE_REQUEST)
                                            : (m_policy & ~RESOURCE_REQUEST));
}

uint8_t
MobilityDomainElement::GetCapabilityPolicy() const
{
    return m_policy;
}

void
MobilityDomainElement::SetCapabilityPolicy(uint8_t octet)
{
    m_policy = octet;
}

std::size_t
MobilityDomainElement::GetSerializedSize() const
{
    return 2 + LENGTH;
}

void
MobilityDomainElement::Encode(ByteWriter& writer) const
{
    writer.WriteU8(ELEMENT_ID);
    writer.WriteU8(LENGTH);
    writer.WriteU16Le(m_mdid);
    writer.WriteU8(m_policy);
}

std::vector<uint8_t>
MobilityDomainElement::Encode() const
{
    ByteWriter writer;
    Encode(writer);
    return writer.GetBytes();
}

bool
MobilityDomainElement::Decode(ByteReader& reader, MobilityDomainElement& element, std::string& why)
{
    if (reader.GetRemaining() < 2)
    {
        why = "Mobility Domain element shorter than its 2-byte header";
        return false;
    }
    uint8_t id = reader.ReadU8();
    uint8_t length = reader.ReadU8();
    if (id != ELEMENT_ID)
    {
        why = "element ID " + std::to_string(id) + " is not the Mobility Domain element (54)";
        return false;
    }
    if (length != LENGTH)
    {
        why = "Mobility Domain element length " + std::to_string(length) + " is not 3";
        return false;
    }
    if (reader.GetRemaining() != length)
    {
        why = "Mobility Domain element length 3 does not match the " +
              std::to_string(reader.GetRemaining()) + " bytes that follow";
        return false;
    }
    MobilityDomainElement result;
    result.m_mdid = reader.ReadU16Le();
    result.m_policy = reader.ReadU8();
    if (!reader.IsOk())
    {
        why = "Mobility Domain element truncated";
        return false;
    }
    element = result;
    return true;
}

bool
MobilityDomainElement::Decode(const std::vector<uint8_t>& bytes,
                              MobilityDomainElement& element,
                              std::string& why)
{
    ByteReader reader(bytes);
    return Decode(reader, element, why);
}

bool
MobilityDomainElement::operator==(const MobilityDomainElement& other) const
{
    return m_mdid == other.m_mdid && m_policy == other.m_policy;
}

} // namespace ns3
