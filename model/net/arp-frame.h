/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_ARP_FRAME_H
#define WLC_ARP_FRAME_H

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>

namespace ns3
{

/**
 * \ingroup wlc
 * An ARP packet for Ethernet and IPv4 (RFC 826), the payload of an EtherType 0x0806 frame:
 * hardware type 1, protocol type 0x0800, hardware length 6, protocol length 4, operation,
 * sender MAC and IPv4, target MAC and IPv4; 28 bytes, big endian. This is the layout of
 * ns-3's ArpHeader (3.37 to 3.48), so ns-3's ArpL3Protocol accepts what Encode writes.
 */
class ArpFrame
{
  public:
    /// ARP operations.
    enum Operation : uint16_t
    {
        REQUEST = 1, //!< ARP request
        REPLY = 2,   //!< ARP reply
    };

    /// Size of an Ethernet/IPv4 ARP packet.
    static constexpr std::size_t SIZE = 28;

    /// A request with all addresses zero.
    ArpFrame();

    /**
     * An ARP request "who has \p targetIp? tell \p senderIp".
     * \param senderMac the requester's MAC
     * \param senderIp the requester's IPv4 address (0.0.0.0 for an RFC 5227 probe)
     * \param targetIp the address looked up
     * \param targetMac the target hardware address field: RFC 826 leaves it unspecified;
     *        Linux sends zeros, ns-3's ArpL3Protocol sends ff:ff:ff:ff:ff:ff
     * \return the request
     */
    static ArpFrame MakeRequest(Mac48Address senderMac,
                                Ipv4Address senderIp,
                                Ipv4Address targetIp,
                                Mac48Address targetMac = Mac48Address());
    /**
     * An ARP reply "\p senderIp is at \p senderMac", to the requester.
     * \param senderMac the MAC of the address looked up
     * \param senderIp the address looked up
     * \param targetMac the requester's MAC
     * \param targetIp the requester's IPv4 address
     * \return the reply
     */
    static ArpFrame MakeReply(Mac48Address senderMac,
                              Ipv4Address senderIp,
                              Mac48Address targetMac,
                              Ipv4Address targetIp);
    /**
     * A gratuitous ARP request: sender and target IPv4 address both \p ip.
     * \param mac the announcing MAC
     * \param ip the announced address
     * \return the request
     */
    static ArpFrame MakeGratuitous(Mac48Address mac, Ipv4Address ip);

    /// Write the 28 bytes. \param writer where to write
    void Encode(ByteWriter& writer) const;
    /**
     * Read 28 bytes; anything after them (Ethernet padding) is left in \p reader.
     * \param reader the ARP packet
     * \param frame the packet read (unspecified on failure)
     * \param why on failure, a short reason
     * \return true for a well-formed Ethernet/IPv4 request or reply from a unicast sender MAC
     */
    static bool Decode(ByteReader& reader, ArpFrame& frame, std::string& why);

    /// \return the operation (REQUEST or REPLY)
    Operation GetOperation() const;
    /// \return true for a request
    bool IsRequest() const;
    /// \return true for a reply
    bool IsReply() const;
    /// \return true if sender and target IPv4 addresses are equal (gratuitous ARP)
    bool IsGratuitous() const;
    /// \return the sender hardware address
    Mac48Address GetSenderMac() const;
    /// \return the sender protocol address
    Ipv4Address GetSenderIp() const;
    /// \return the target hardware address
    Mac48Address GetTargetMac() const;
    /// \return the target protocol address
    Ipv4Address GetTargetIp() const;

  private:
    Operation m_operation;    //!< operation
    Mac48Address m_senderMac; //!< sender hardware address
    Ipv4Address m_senderIp;   //!< sender protocol address
    Mac48Address m_targetMac; //!< target hardware address
    Ipv4Address m_targetIp;   //!< target protocol address
};

} // namespace ns3

#endif /* WLC_ARP_FRAME_H */
