/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_DATA_MESSAGE_H
#define WLC_CAPWAP_DATA_MESSAGE_H

#include "capwap-elements.h"
#include "capwap-header.h"
#include "capwap-message-element.h"

#include "ns3/ptr.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

class Packet;

/**
 * \ingroup wlc
 * A CAPWAP data channel message (RFC 5415 §4.4), UDP port 5247, one of:
 *
 * - a data frame: CAPWAP header with K = 0 followed by the frame, an IEEE 802.11 frame when
 *   T = 1 (WBID must then be 1) or an IEEE 802.3 frame when T = 0;
 * - a Data Channel Keep-Alive (§4.4.1): CAPWAP header with K = 1, T = 0, then a 16-bit Message
 *   Element Length counting the bytes that follow the CAPWAP header (the Length field itself
 *   and the elements: 2 + elements, as Wireshark checks it) and the elements, of which a
 *   Session ID is mandatory.
 *
 * Fragments (F = 1) are rejected by Decode(): reassembly is not implemented.
 */
class CapwapDataMessage
{
  public:
    /// Create an empty IEEE 802.11 data message (T = 1, WBID 1, no payload yet).
    CapwapDataMessage();

    /**
     * \param frame an IEEE 802.11 frame (MAC header to frame body, no FCS)
     * \param radioId the RID of the CAPWAP header
     * \return a data message with T = 1, WBID = 1
     */
    static CapwapDataMessage CreateIeee80211Frame(std::vector<uint8_t> frame, uint8_t radioId);
    /**
     * \param frame an IEEE 802.3 (Ethernet II) frame
     * \param radioId the RID of the CAPWAP header
     * \return a data message with T = 0
     */
    static CapwapDataMessage CreateIeee8023Frame(std::vector<uint8_t> frame, uint8_t radioId);
    /**
     * \param sessionId the session
     * \return a Data Channel Keep-Alive (K = 1, T = 0, WBID = 1) carrying the Session ID
     */
    static CapwapDataMessage CreateKeepAlive(const CapwapSessionIdElement& sessionId);

    /// \return true for a Data Channel Keep-Alive (K bit)
    bool IsKeepAlive() const;
    /// \return true if the payload is an IEEE 802.11 frame (T bit)
    bool IsIeee80211Frame() const;
    /// \return the CAPWAP header (RID, WBID, Radio MAC, Wireless Specific Information)
    CapwapHeader& GetHeader();
    /// \return the CAPWAP header
    const CapwapHeader& GetHeader() const;
    /// \param payload the frame of a data message
    void SetPayload(std::vector<uint8_t> payload);
    /// \return the frame of a data message (empty for a keep-alive)
    const std::vector<uint8_t>& GetPayload() const;
    /// Append an element to a keep-alive. \param element the element
    void AddElement(CapwapMessageElement element);
    /// \return the elements of a keep-alive
    const std::vector<CapwapMessageElement>& GetElements() const;
    /// \param type an element Type \return the first keep-alive element of that type, or nullptr
    const CapwapMessageElement* Find(uint16_t type) const;
    /**
     * \param out the Session ID of a keep-alive
     * \param why the reason on failure
     * \return false if missing or malformed
     */
    bool GetSessionId(CapwapSessionIdElement& out, std::string& why) const;

    /// \return the message size in bytes
    std::size_t GetSerializedSize() const;
    /// \return the byte image (aborts on an inconsistent message, a programming error)
    std::vector<uint8_t> Encode() const;
    /// \return a packet holding Encode()
    Ptr<Packet> ToPacket() const;
    /**
     * Decode and validate a data channel message.
     * Data frames: K = 0, F = 0, non-empty payload, WBID = 1 when T = 1.
     * Keep-alives: K = 1, T = 0, F = 0, Message Element Length >= 2 and equal to the bytes
     * after the CAPWAP header, elements exactly filling it, a valid Session ID among them.
     * \param bytes the UDP payload
     * \param out the message
     * \param why the reason on failure
     * \return true on success
     */
    static bool Decode(const std::vector<uint8_t>& bytes, CapwapDataMessage& out, std::string& why);
    /**
     * Decode(ByteReader::PacketBytes(packet), ...).
     * \param packet the UDP payload
     * \param out the message
     * \param why the reason on failure
     * \return true on success
     */
    static bool FromPacket(Ptr<const Packet> packet, CapwapDataMessage& out, std::string& why);

  private:
    CapwapHeader m_header;                        //!< CAPWAP header
    std::vector<uint8_t> m_payload;               //!< frame (data messages)
    std::vector<CapwapMessageElement> m_elements; //!< elements (keep-alives)
};

/**
 * Print the header and either the payload size or the keep-alive elements.
 * \param os the stream \param message the message \return the stream
 */
std::ostream& operator<<(std::ostream& os, const CapwapDataMessage& message);

} // namespace ns3

#endif /* WLC_CAPWAP_DATA_MESSAGE_H */
