/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_MOBILITY_DOMAIN_ELEMENT_H
#define WLC_MOBILITY_DOMAIN_ELEMENT_H

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The Mobility Domain element (MDE, IEEE 802.11-2020 9.4.2.46): Element ID 54, Length 3,
 * MDID (2 octets), FT Capability and Policy (1 octet: bit 0 Fast BSS Transition over DS,
 * bit 1 Resource Request Protocol Capability, bits 2-7 reserved). The MDID is held as a
 * uint16_t whose low byte is the first octet on the wire (little endian); the reserved bits
 * are kept as received so that a decoded element encodes to the same octets.
 * Example: MDID 0x0201, FT over DS: 36 03 01 02 01.
 */
class MobilityDomainElement
{
  public:
    static constexpr uint8_t ELEMENT_ID = 54;         //!< Element ID of the MDE
    static constexpr uint8_t LENGTH = 3;              //!< the Length field
    static constexpr uint8_t FT_OVER_DS = 0x01;       //!< bit 0 of FT Capability and Policy
    static constexpr uint8_t RESOURCE_REQUEST = 0x02; //!< bit 1 of FT Capability and Policy

    /// MDID 0, no capability.
    MobilityDomainElement();
    /**
     * \param mdid the MDID
     * \param ftOverDs Fast BSS Transition over DS
     * \param resourceRequest Resource Request Protocol Capability
     */
    MobilityDomainElement(uint16_t mdid, bool ftOverDs, bool resourceRequest);

    /// \return the MDID (low byte first on the wire)
    uint16_t GetMdid() const;
    /// \param mdid the MDID
    void SetMdid(uint16_t mdid);
    /// \return the Fast BSS Transition over DS bit
    bool IsFtOverDs() const;
    /// \param enabled the Fast BSS Transition over DS bit
    void SetFtOverDs(bool enabled);
    /// \return the Resource Request Protocol Capability bit
    bool IsResourceRequestCapable() const;
    /// \param enabled the Resource Request Protocol Capability bit
    void SetResourceRequestCapable(bool enabled);
    /// \return the whole FT Capability and Policy octet, reserved bits included
    uint8_t GetCapabilityPolicy() const;
    /// \param octet the whole FT Capability and Policy octet
    void SetCapabilityPolicy(uint8_t octet);

    /// \return the encoded size, 5
    std::size_t GetSerializedSize() const;
    /// \param writer where to write the element, Element ID and Length included
    void Encode(ByteWriter& writer) const;
    /// \return the element, Element ID and Length included
    std::vector<uint8_t> Encode() const;
    /**
     * Read one MDE that extends to the end of \p reader.
     * \param reader the element, Element ID and Length included
     * \param element the element read (unchanged on failure)
     * \param why on failure, a short reason
     * \return false for another Element ID, a Length other than 3, or a Length that does not
     *         match the octets that follow
     */
    static bool Decode(ByteReader& reader, MobilityDomainElement& element, std::string& why);
    /**
     * \param bytes the element, Element ID and Length included
     * \param element the element read
     * \param why on failure, a short reason
     * \return true on success
     */
    static bool Decode(const std::vector<uint8_t>& bytes,
                       MobilityDomainElement& element,
                       std::string& why);

    /// \param other another element \return true if the MDID and the policy octet are equal
    bool operator==(const MobilityDomainElement& other) const;

  private:
    uint16_t m_mdid;  //!< MDID
    uint8_t m_policy; //!< FT Capability and Policy octet
};

} // namespace ns3

#endif /* WLC_MOBILITY_DOMAIN_ELEMENT_H */
