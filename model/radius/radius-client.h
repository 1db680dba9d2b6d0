/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_RADIUS_CLIENT_H
#define WLC_RADIUS_CLIENT_H

#include "radius-packet.h"

#include "ns3/event-id.h"
#include "ns3/inet-socket-address.h"
#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/random-variable-stream.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The RADIUS client of a NAS acting as IEEE 802.1X authenticator in pass-through mode
 * (RFC 3579, RFC 3580): it carries each EAP-Response of a station to the RADIUS server in an
 * Access-Request and returns the server's answer.
 *
 * One request is outstanding per station; Send for a station with an outstanding request
 * replaces it (the old callback is not called). Each Access-Request carries User-Name,
 * NAS-IP-Address (the local address), NAS-Identifier, Called-Station-Id
 * ("AA-BB-CC-DD-EE-FF:SSID"), Calling-Station-Id ("AA-BB-CC-DD-EE-FF"), Service-Type Framed
 * (2), Framed-MTU, NAS-Port-Type Wireless-802.11 (19), the State of the station's last
 * Access-Challenge (RFC 2865 §5.24), EAP-Message and Message-Authenticator. Identifiers are
 * taken in turn from 0..255, skipping those of outstanding requests; Request Authenticators
 * are random (UniformRandomVariable, see AssignStreams). A request unanswered after Timeout is
 * sent again unchanged (same identifier and authenticator, RFC 2865 §2.5) up to
 * MaxRetransmissions times, then the reply is TIMEOUT.
 *
 * A response is accepted only if it is an Access-Accept, -Reject or -Challenge from the
 * server's address and port, decodes, matches an outstanding request by identifier, and has a
 * correct Response Authenticator and Message-Authenticator (required with EAP-Message);
 * anything else fires Drop with the reason and is counted (GetDropCount). On Access-Accept
 * the MS-MPPE-Recv-Key and MS-MPPE-Send-Key are decrypted and Reply::msk = Recv || Send
 * (64 octets, RFC 3580 / RFC 5216 key naming: the MSK's first 32 octets are the PMK).
 */
class RadiusClient : public Object
{
  public:
    /// One EAP-Response of a station to relay.
    struct Request
    {
        Mac48Address station;     //!< the station (Calling-Station-Id, key of the request)
        Mac48Address bssid;       //!< the BSSID the station is on (Called-Station-Id)
        std::string ssid;         //!< the SSID (Called-Station-Id)
        std::string userName;     //!< User-Name (the EAP identity)
        std::vector<uint8_t> eap; //!< the EAP packet
    };

    /// The answer to a Request.
    struct Reply
    {
        /// How the request ended.
        enum class Outcome
        {
            CHALLENGE, //!< Access-Challenge: send eap (an EAP-Request) to the station
            ACCEPT,    //!< Access-Accept: send eap (EAP-Success), install msk
            REJECT,    //!< Access-Reject: send eap (EAP-Failure, if any)
            TIMEOUT,   //!< no valid answer after every retransmission
        };

        Outcome outcome{Outcome::TIMEOUT}; //!< outcome
        std::vector<uint8_t> eap;          //!< the EAP packet of the answer
        std::vector<uint8_t> msk;          //!< MS-MPPE-Recv-Key || MS-MPPE-Send-Key (ACCEPT)
        std::string reason;                //!< details (TIMEOUT, REJECT, ACCEPT without keys)
        uint32_t sessionTimeout{0};        //!< Session-Timeout of an Access-Accept (0: none)
    };

    /// Called once with the answer to a Request.
    using ReplyCallback = std::function<void(const Reply&)>;

    /// Signature of the Drop trace: why a response was dropped.
    typedef void (*DropTracedCallback)(std::string reason);

    /// \return the type's TypeId
    static TypeId GetTypeId();
    RadiusClient();
    ~RadiusClient() override;

    /**
     * Open the client's UDP socket.
     * \param node the NAS node
     * \param localAddress the address to bind to (and NAS-IP-Address); ephemeral port
     * \param server the RADIUS server's address and port (1812)
     * \param secret the shared secret
     * \param nasIdentifier NAS-Identifier
     */
    void Setup(Ptr<Node> node,
               Ipv4Address localAddress,
               InetSocketAddress server,
               const std::string& secret,
               const std::string& nasIdentifier);
    /**
     * Send an Access-Request for a station.
     * \param request the station and its EAP-Response
     * \param callback called once with the answer (not called if replaced or cancelled)
     */
    void Send(const Request& request, ReplyCallback callback);
    /// Forget a station: its outstanding request (the callback is not called) and its State.
    /// \param station the station
    void Cancel(Mac48Address station);
    /// \return the number of requests outstanding
    std::size_t GetOutstandingCount() const;
    /// \return the number of responses dropped
    uint64_t GetDropCount() const;
    /// \return the number of Access-Requests sent, retransmissions included
    uint64_t GetTxCount() const;
    /**
     * \param stream first stream index
     * \return the number of streams used (1)
     */
    int64_t AssignStreams(int64_t stream);

  protected:
    void DoDispose() override;

  private:
    /// An outstanding request.
    struct Pending
    {
        Request request;                             //!< what was asked
        ReplyCallback callback;                      //!< whom to answer
        uint8_t identifier{0};                       //!< Identifier
        RadiusPacket::Authenticator authenticator{}; //!< Request Authenticator
        std::vector<uint8_t> bytes;                  //!< the Access-Request image
        uint32_t transmissions{0};                   //!< times sent
        EventId timer;                               //!< retransmission timer
    };

    /// \return a free identifier (one no outstanding request uses), or -1
    int NextIdentifier();
    /// \param pending transmit it (again) and arm its timer
    void Transmit(Pending& pending);
    /// \param station the station whose request timed out
    void OnTimeout(Mac48Address station);
    /// \param socket the socket with data
    void OnReceive(Ptr<Socket> socket);
    /// \param packet the datagram \param from its source
    void Process(Ptr<Packet> packet, const Address& from);
    /// \param reason why \param packet what is dropped (may be null)
    void Dropped(const std::string& reason, Ptr<const Packet> packet);

    Time m_timeout;                                        //!< retransmission timeout
    uint32_t m_maxRetransmissions;                         //!< retransmissions before TIMEOUT
    uint32_t m_framedMtu;                                  //!< Framed-MTU
    Ptr<Socket> m_socket;                                  //!< UDP socket
    Ipv4Address m_local;                                   //!< NAS-IP-Address
    InetSocketAddress m_server;                            //!< server
    std::string m_secret;                                  //!< shared secret
    std::string m_nasIdentifier;                           //!< NAS-Identifier
    Ptr<UniformRandomVariable> m_random;                   //!< Request Authenticators
    uint8_t m_nextId;                                      //!< next identifier to try
    std::map<Mac48Address, Pending> m_pending;             //!< outstanding, by station
    std::map<Mac48Address, std::vector<uint8_t>> m_states; //!< State to echo, by station
    uint64_t m_drops;                                      //!< responses dropped
    uint64_t m_txCount;                                    //!< Access-Requests sent
    TracedCallback<Ptr<const Packet>> m_txTrace;           //!< Access-Request sent
    TracedCallback<Ptr<const Packet>> m_rxTrace;           //!< response accepted
    TracedCallback<std::string> m_dropTrace;               //!< response dropped
};

} // namespace ns3

#endif /* WLC_RADIUS_CLIENT_H */
